package jp.igetanet.core.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Files of patients (consent-form scans, attachments) in the attachments bucket, always keyed under
 * {@code patients/{patientId}/} so that a consent withdrawal deletes them by prefix (§14). Clients move the bytes
 * themselves through short-lived presigned URLs; the functions never carry them.
 */
public interface PatientFiles {

    /** Files may be this large at most. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** A URL to PUT the file with exactly this {@code Content-Type}, valid for {@code validity}. */
    URI uploadUrl(String key, String contentType, Duration validity);

    /** A URL to GET the file, valid for {@code validity}. */
    URI downloadUrl(String key, Duration validity);

    /** What is stored under the key, if anything. */
    Optional<StoredFile> stored(String key);

    /** What is stored under the key if it is a file the service takes: not empty and at most {@link #MAX_BYTES}. */
    default Optional<StoredFile> usable(String key) {
        return stored(key).filter(file -> file.bytes() > 0 && file.bytes() <= MAX_BYTES);
    }

    /** A stored file's type and size. */
    record StoredFile(String contentType, long bytes) {
    }

    /** The key of a file of a patient: {@code patients/{patientId}/{kind}/{fileId}}. */
    static String key(String patientId, String kind, String fileId) {
        return "patients/" + patientId + "/" + kind + "/" + fileId;
    }
}
