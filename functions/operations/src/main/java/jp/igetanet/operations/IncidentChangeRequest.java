package jp.igetanet.operations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The operator's handling of a report (§21-2): its status and the measures taken, on the version read. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "IncidentReportHandling")
public record IncidentChangeRequest(
        @Schema(description = "変更の元にした版", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
        @Schema(description = "状態（received 受付, investigating 対応中, resolved 対応済み）", example = "investigating")
        @Nullable String status,
        @Schema(description = "講じた措置（2000文字以内、送ると置き換わります）",
                example = "当該ユーザーIDを一時停止し、全端末からサインアウトさせた。施設責任者に端末の捜索を依頼。")
        @Nullable String measures) {
}
