package jp.igetanet.core.record;

import java.math.BigDecimal;

/**
 * Vital signs of one observation, each in its fixed unit, any of them absent: blood pressure (mmHg), pulse (/min),
 * body temperature (°C), SpO2 (%), respiration (/min), weight (kg) and pain (NRS 0–10).
 */
public record Vitals(
        Integer systolic,
        Integer diastolic,
        Integer pulse,
        BigDecimal temperature,
        Integer spo2,
        Integer respiration,
        BigDecimal weight,
        Integer pain) {

    public boolean isEmpty() {
        return systolic == null && diastolic == null && pulse == null && temperature == null && spo2 == null
                && respiration == null && weight == null && pain == null;
    }
}
