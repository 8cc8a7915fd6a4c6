package jp.igetanet.core.upload;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The kind and exact size of the file an attachment will be uploaded as: a patient's attachment or a project's file.
 * (The schema's description is written out because the functions' OpenAPI documents cannot read core's Javadoc.)
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AttachmentUploadRequest",
        description = "The kind and exact size of the file an attachment will be uploaded as.")
public record AttachmentRequest(
        @Schema(description = "ファイルの形式（application/pdf, image/jpeg, image/png, image/heic）", example = "image/jpeg",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String contentType,
        @Schema(description = "ファイルの大きさ（バイト）。PUT はちょうどこの大きさでなければ拒否されます", example = "245760",
                minimum = "1", maximum = "10485760", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable Long bytes) {
}
