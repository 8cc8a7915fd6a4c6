package jp.igetanet.core.project;

import java.util.Arrays;
import java.util.Optional;

/** A member's answer to an event: attending or not. */
public enum Attendance {
    ATTEND("attend", "出席"),
    ABSENT("absent", "欠席");

    private final String code;
    private final String label;

    Attendance(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Attendance> fromCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst();
    }
}
