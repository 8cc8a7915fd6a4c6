package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The kind and exact size of the file a scanned consent form will be uploaded as. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ConsentFormUploadRequest")
public record ConsentFormRequest(
        @Schema(description = "ファイルの形式（application/pdf, image/jpeg, image/png, image/heic）", example = "application/pdf",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String contentType,
        @Schema(description = "ファイルの大きさ（バイト）。PUT はちょうどこの大きさでなければ拒否されます", example = "524288",
                minimum = "1", maximum = "10485760", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable Long bytes,
        @Schema(description = "同意を取り直す療養者のID（新しい療養者の登録では省略）") @Nullable String patientId) {
}
