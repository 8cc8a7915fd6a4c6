package jp.igetanet.core.incident;

import java.util.Arrays;
import java.util.Optional;

/** Where the operator's handling of a report stands (§21-2). */
public enum IncidentStatus {
    RECEIVED("received", "受付"),
    INVESTIGATING("investigating", "対応中"),
    RESOLVED("resolved", "対応済み");

    private final String code;
    private final String label;

    IncidentStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<IncidentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
