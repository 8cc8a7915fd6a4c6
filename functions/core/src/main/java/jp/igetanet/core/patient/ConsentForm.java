package jp.igetanet.core.patient;

import java.time.Instant;

/**
 * A scanned consent form being uploaded before its patient is registered: the upload reserves the patient's id, so
 * the scan is stored under that patient from the start and a consent withdrawal finds it by prefix (§14).
 */
public record ConsentForm(String id, String patientId, String objectKey, String contentType, String uploadedBy,
                          Instant createdAt, Instant usableUntil, boolean used) {
}
