package jp.igetanet.core.patient;

import java.util.Arrays;
import java.util.Optional;

/** Where the deletion of a withdrawn patient's data stands (§14-2). */
public enum WithdrawalStatus {
    ACCEPTED("accepted", "受付済み"),
    PURGING("purging", "削除中"),
    COMPLETED("completed", "削除完了"),
    FAILED("failed", "削除失敗");

    private final String code;
    private final String label;

    WithdrawalStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<WithdrawalStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
