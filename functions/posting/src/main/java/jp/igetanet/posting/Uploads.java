package jp.igetanet.posting;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.storage.FileStore;

import java.net.URI;
import java.time.Instant;

/** The rules of the files the record and projects take: their types on upload, their size on download. */
public final class Uploads {

    private Uploads() {
    }

    /** The type of a new upload, one the service takes (PDF, JPEG, PNG, HEIC); 400 otherwise. */
    public static String contentType(String requested) {
        String type = requested == null ? "" : requested.strip();
        new Validation()
                .check(FileStore.CONTENT_TYPES.contains(type), "contentType", "添付ファイルは PDF・JPEG・PNG・HEIC のいずれかです。")
                .throwIfInvalid();
        return type;
    }

    /** A download URL of a stored file the service takes; 404 {@code ATTACHMENT_UNKNOWN} if missing or too large. */
    public static Granted grant(FileStore files, String objectKey, String contentType, Instant now) {
        FileStore.StoredFile stored = files.usable(objectKey).orElseThrow(() -> new ApiException(ErrorCode.ATTACHMENT_UNKNOWN));
        return new Granted(files.downloadUrl(objectKey, FileStore.URL_VALIDITY), contentType, stored.bytes(),
                now.plus(FileStore.URL_VALIDITY));
    }

    /** A granted download. */
    public record Granted(URI downloadUrl, String contentType, long bytes, Instant downloadUrlExpiresAt) {
    }
}
