package jp.igetanet.core.patient;

import java.util.Arrays;
import java.util.Optional;

/** A patient's sex as the care team records it, with the codes of JIS X 0303. */
public enum Sex {
    UNKNOWN("unknown", "不明"),
    MALE("male", "男性"),
    FEMALE("female", "女性"),
    NOT_APPLICABLE("not_applicable", "適用不能");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Sex> fromCode(String code) {
        return Arrays.stream(values()).filter(sex -> sex.code.equals(code)).findFirst();
    }
}
