package jp.igetanet.core.upload;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;
import java.time.Instant;

/**
 * A granted download of a patient's attachment or a project's file. (The schema's description is written out because
 * the functions' OpenAPI documents cannot read core's Javadoc.)
 */
@Serdeable
@Schema(name = "AttachmentDownload", description = "A granted download.")
public record AttachmentDownload(String attachmentId, URI downloadUrl, String contentType, long bytes,
                                 Instant expiresAt) {

    /** The answer to a download that {@link Uploads#grant} granted. */
    public static AttachmentDownload of(String attachmentId, Uploads.Granted granted) {
        return new AttachmentDownload(attachmentId, granted.downloadUrl(), granted.contentType(), granted.bytes(),
                granted.downloadUrlExpiresAt());
    }
}
