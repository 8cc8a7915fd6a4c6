package jp.igetanet.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.patient.Withdrawal;

import java.time.Instant;
import java.time.LocalDate;

/** A withdrawal of consent and the progress of its deletion; once completed, a receipt without the patient. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsentWithdrawal")
public record WithdrawalView(
        String id,
        @Schema(description = "状態（accepted: 受付済み, purging: 削除中, completed: 削除完了, failed: 削除失敗）") String status,
        String statusLabel,
        @Schema(description = "削除が終わるまでの療養者ID（削除後は返しません）") @Nullable String patientId,
        @Schema(description = "療養者IDの SHA-256（\"patient:\" + ID）。療養者を特定できない参照です。") String patientRef,
        String networkId,
        @Schema(description = "撤回を申し出た人のコード") String requestedBy,
        String requestedByLabel,
        @Nullable String relation,
        LocalDate receivedOn,
        @Schema(description = "受付のメモ（削除が終わると消えます）") @Nullable String note,
        @Schema(description = "撤回を受け付けた利用者") String filedBy,
        String filedByFacilityId,
        Instant acceptedAt,
        @Schema(description = "削除を始めた時刻") @Nullable Instant startedAt,
        @Schema(description = "削除を終えた（または失敗した）時刻") @Nullable Instant finishedAt,
        @Schema(description = "削除したデータ項目の数（削除の前に一度数えたもの）") @Nullable Long itemsDeleted,
        @Schema(description = "削除したファイルの数") @Nullable Long objectsDeleted) {

    static WithdrawalView from(Withdrawal w) {
        return new WithdrawalView(w.id(), w.status().code(), w.status().label(), w.patientId(), w.patientRef(),
                w.networkId(), w.requestedBy().code(), w.requestedBy().label(), w.relation(), w.receivedOn(), w.note(),
                w.filedBy(), w.filedByFacilityId(), w.acceptedAt(), w.startedAt(), w.finishedAt(), w.items(),
                w.objects());
    }
}
