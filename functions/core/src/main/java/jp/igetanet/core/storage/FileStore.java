package jp.igetanet.core.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files in the attachments bucket: a patient's consent-form scans and attachments under
 * {@code patients/{patientId}/}, so that a consent withdrawal deletes them by prefix (§14), and a project's
 * attachments under {@code projects/{projectId}/}. Clients move the bytes themselves through short-lived presigned
 * URLs; the functions never carry them.
 */
public interface FileStore {

    /** Files may be this large at most. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** The kinds of file the service takes: scanned documents and photos. */
    Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic");

    /** How long a presigned upload or download URL stays valid. */
    Duration URL_VALIDITY = Duration.ofMinutes(10);

    /**
     * A URL to PUT exactly the declared file, valid for {@code validity}: its {@code Content-Type} and
     * {@code Content-Length} are signed, so that the bucket itself refuses a body of another type or size.
     */
    URI uploadUrl(String key, DeclaredFile file, Duration validity);

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

    /** A file as its uploader declares it before sending it: its type and its exact size. */
    record DeclaredFile(String contentType, long bytes) {

        /** The headers the PUT must carry as they are, since the upload URL's signature covers them. */
        public Map<String, String> uploadHeaders() {
            return new TreeMap<>(Map.of("Content-Type", contentType, "Content-Length", Long.toString(bytes)));
        }
    }

    /** The key of a file of a patient: {@code patients/{patientId}/{kind}/{fileId}}. */
    static String patientKey(String patientId, String kind, String fileId) {
        return "patients/" + patientId + "/" + kind + "/" + fileId;
    }

    /** The key of a file of a project: {@code projects/{projectId}/{kind}/{fileId}}. */
    static String projectKey(String projectId, String kind, String fileId) {
        return "projects/" + projectId + "/" + kind + "/" + fileId;
    }
}
