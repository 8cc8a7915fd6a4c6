package jp.igetanet.consent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A patient's or family's request to withdraw consent, as the care-team member who received it files it (§14-2). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ConsentWithdrawalRequest")
public record WithdrawalRequest(
        @Schema(description = "撤回を申し出た人（patient: 本人, family: 家族）", example = "family") @Nullable String requestedBy,
        @Schema(description = "家族が申し出たときの続柄", example = "長男") @Nullable String relation,
        @Schema(description = "申し出を受けた日（YYYY-MM-DD）", example = "2026-11-24") @Nullable String receivedOn,
        @Schema(description = "受付のメモ（500文字以内）。削除が終わると患者の情報とともに消えます。",
                example = "訪問時に口頭で申し出あり") @Nullable String note) {
}
