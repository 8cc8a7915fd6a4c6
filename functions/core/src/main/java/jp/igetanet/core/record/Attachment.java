package jp.igetanet.core.record;

import java.time.Instant;

/** A file of a patient's shared record (a photo of a wound, a letter, a report), kept as long as a post (§15). */
public record Attachment(String patientId, String id, String objectKey, String contentType, String uploadedBy,
                         Instant createdAt, Instant expiresAt) {
}
