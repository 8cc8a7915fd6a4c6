package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A correction of one's own post: the new content (absent parts stay) and why. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PostCorrection")
public record CorrectionRequest(
        @Schema(description = "訂正後の区分（省略すると変わりません）") @Nullable String category,
        @Schema(description = "訂正後の本文（省略すると変わりません）") @Nullable String text,
        @Schema(description = "訂正後のバイタル（送ると全体が置き換わります）") @Nullable PostRequest.VitalsRequest vitals,
        @Schema(description = "訂正後の服薬（送ると全体が置き換わります。空の配列で削除）")
        @Nullable List<PostRequest.MedicationRequest> medications,
        @Schema(description = "訂正後の検査結果（送ると全体が置き換わります。空の配列で削除）")
        @Nullable List<PostRequest.LabResultRequest> labResults,
        @Schema(description = "訂正後の添付ファイルID（送ると全体が置き換わります）") @Nullable List<String> attachmentIds,
        @Schema(description = "訂正の理由", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {
}
