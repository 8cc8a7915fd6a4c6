package jp.igetanet.core.registration;

import java.util.Arrays;
import java.util.Optional;

/** Where a facility's application stands (§6): submitted, then approved or rejected by the operator. */
public enum RegistrationStatus {
    SUBMITTED("submitted", "審査中"),
    APPROVED("approved", "承認済み"),
    REJECTED("rejected", "却下");

    private final String code;
    private final String label;

    RegistrationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<RegistrationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
