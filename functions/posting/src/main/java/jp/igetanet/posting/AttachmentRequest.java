package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The kind of file an attachment will be uploaded as. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AttachmentUploadRequest")
public record AttachmentRequest(
        @Schema(description = "ファイルの形式（application/pdf, image/jpeg, image/png, image/heic）", example = "image/jpeg")
        @Nullable String contentType) {
}
