package jp.igetanet.core.record;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The vital signs a post can carry, each with its code (the observation code of charts), label and fixed unit. */
public enum VitalSign {
    SYSTOLIC("systolic", "収縮期血圧", "mmHg", v -> number(v.systolic())),
    DIASTOLIC("diastolic", "拡張期血圧", "mmHg", v -> number(v.diastolic())),
    PULSE("pulse", "脈拍", "/min", v -> number(v.pulse())),
    TEMPERATURE("temperature", "体温", "Cel", Vitals::temperature),
    SPO2("spo2", "SpO2", "%", v -> number(v.spo2())),
    RESPIRATION("respiration", "呼吸数", "/min", v -> number(v.respiration())),
    WEIGHT("weight", "体重", "kg", Vitals::weight),
    PAIN("pain", "痛み（NRS）", "{score}", v -> number(v.pain()));

    private final String code;
    private final String label;
    private final String unit;
    private final Function<Vitals, BigDecimal> value;

    VitalSign(String code, String label, String unit, Function<Vitals, BigDecimal> value) {
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The UCUM unit. */
    public String unit() {
        return unit;
    }

    /** This sign's value in the vitals, if recorded. */
    public Optional<BigDecimal> of(Vitals vitals) {
        return vitals == null ? Optional.empty() : Optional.ofNullable(value.apply(vitals));
    }

    public static Optional<VitalSign> fromCode(String code) {
        return Arrays.stream(values()).filter(sign -> sign.code.equals(code)).findFirst();
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
