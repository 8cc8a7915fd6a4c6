package jp.igetanet.core.network;

import java.util.Arrays;
import java.util.Optional;

/** Where an agreement stands: proposed by one side, in force once the other accepted, or ended by either. */
public enum AgreementStatus {
    PROPOSED("proposed", "相手の承諾待ち"),
    IN_FORCE("in_force", "発効中"),
    ENDED("ended", "終了");

    private final String code;
    private final String label;

    AgreementStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<AgreementStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
