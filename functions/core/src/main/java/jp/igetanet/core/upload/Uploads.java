package jp.igetanet.core.upload;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.storage.FileStore;

import java.net.URI;
import java.time.Instant;

/** The rules of the files the record and projects take: their declared type and size on upload, their size on use. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * A new upload as its client declares it: a type the service takes (PDF, JPEG, PNG, HEIC) and its exact size, 1 to
     * {@link FileStore#MAX_BYTES} bytes; 400 otherwise. {@code what} names the file in the messages, e.g. 「添付ファイル」.
     */
    public static FileStore.DeclaredFile declared(String what, String contentType, Long bytes) {
        String type = contentType == null ? "" : contentType.strip();
        new Validation()
                .check(FileStore.CONTENT_TYPES.contains(type), "contentType",
                        what + "は PDF・JPEG・PNG・HEIC のいずれかでアップロードしてください。")
                .check(bytes != null && bytes >= 1 && bytes <= FileStore.MAX_BYTES, "bytes",
                        what + "の大きさ（bytes）を1から" + FileStore.MAX_BYTES + "（10MB）までのバイト数で指定してください。")
                .throwIfInvalid();
        return new FileStore.DeclaredFile(type, bytes);
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
