package jp.igetanet.core.incident;

import java.util.Arrays;
import java.util.Optional;

/** What a report is about (§21): the kinds the terms name, and anything else. */
public enum IncidentKind {
    SECURITY_INCIDENT("security_incident", "情報セキュリティ事故"),
    SYSTEM_DEFECT("system_defect", "システムの不具合"),
    LOST_DEVICE("lost_device", "端末の紛失・盗難"),
    UNAUTHORISED_ACCESS("unauthorised_access", "不正アクセスの疑い"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    IncidentKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<IncidentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
