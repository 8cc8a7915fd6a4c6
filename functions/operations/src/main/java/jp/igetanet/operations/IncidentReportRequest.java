package jp.igetanet.operations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A report to the operator (§21): what kind, when it happened, what happened. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "IncidentReportFiling")
public record IncidentReportRequest(
        @Schema(description = "種別（security_incident 情報セキュリティ事故, system_defect システムの不具合, lost_device 端末の紛失・盗難, "
                + "unauthorised_access 不正アクセスの疑い, other その他）", example = "lost_device",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String kind,
        @Schema(description = "発生（発覚）日時。時差のない形（2026-11-25T09:30）は日本時間", example = "2026-11-25T09:30:00+09:00",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String occurredAt,
        @Schema(description = "何が起きたか（2000文字以内）。療養者の氏名や病状など個人の情報は書かないでください。",
                example = "訪問先から戻る途中、いげたネットにログインしたままのタブレット端末を紛失しました。",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String description) {
}
