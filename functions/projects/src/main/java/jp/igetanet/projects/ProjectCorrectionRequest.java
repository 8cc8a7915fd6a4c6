package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A correction of one's own project post: the new content (absent parts stay) and why. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectPostCorrection")
public record ProjectCorrectionRequest(
        @Schema(description = "訂正後の本文（省略すると変わりません）") @Nullable String text,
        @Schema(description = "訂正後の添付ファイルID（送ると全体が置き換わります）") @Nullable List<String> attachmentIds,
        @Schema(description = "訂正後の日時・場所（スレッドの最初の投稿だけ。送ると全体が置き換わります）")
        @Nullable ProjectPostRequest.EventRequest event,
        @Schema(description = "訂正の理由", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {
}
