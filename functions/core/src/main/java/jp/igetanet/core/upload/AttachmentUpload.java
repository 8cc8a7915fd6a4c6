package jp.igetanet.core.upload;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.storage.FileStore;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A started upload of a patient's attachment or a project's file: where to PUT the declared file, and the headers the
 * PUT must carry as they are. (The schema's description is written out because the functions' OpenAPI documents cannot
 * read core's Javadoc.)
 */
@Serdeable
@Schema(name = "AttachmentUpload",
        description = "A started upload: where to PUT the declared file, and the headers the PUT must carry as they are.")
public record AttachmentUpload(
        @Schema(description = "投稿の attachmentIds に送る値") String attachmentId,
        @Schema(description = "ファイルを PUT する URL（数分で無効になります）") URI uploadUrl,
        @Schema(description = "PUT のメソッド") String method,
        @Schema(description = "PUT にそのまま付けるヘッダー（Content-Type と Content-Length）。URL の署名に含まれるので、"
                + "申告と違う形式や大きさの PUT は 403 で拒否されます") Map<String, String> uploadHeaders,
        @Schema(description = "申告したファイルの形式") String contentType,
        @Schema(description = "URL の有効期限") Instant expiresAt,
        @Schema(description = "ファイルの上限（バイト）") long maxBytes) {

    /** The answer to a started upload of {@code file}. */
    public static AttachmentUpload of(String attachmentId, URI uploadUrl, FileStore.DeclaredFile file,
                                      Instant expiresAt) {
        return new AttachmentUpload(attachmentId, uploadUrl, "PUT", file.uploadHeaders(), file.contentType(), expiresAt,
                FileStore.MAX_BYTES);
    }
}
