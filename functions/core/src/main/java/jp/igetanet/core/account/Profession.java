package jp.igetanet.core.account;

import java.util.Arrays;
import java.util.Optional;

/** A system user's profession, with the code used in the API and the Japanese label. */
public enum Profession {
    DOCTOR("doctor", "医師"),
    DENTIST("dentist", "歯科医師"),
    PHARMACIST("pharmacist", "薬剤師"),
    NURSE("nurse", "看護師"),
    PUBLIC_HEALTH_NURSE("public_health_nurse", "保健師"),
    PHYSICAL_THERAPIST("physical_therapist", "理学療法士"),
    OCCUPATIONAL_THERAPIST("occupational_therapist", "作業療法士"),
    SPEECH_THERAPIST("speech_therapist", "言語聴覚士"),
    CARE_MANAGER("care_manager", "介護支援専門員"),
    CARE_WORKER("care_worker", "介護職員"),
    MEDICAL_SOCIAL_WORKER("medical_social_worker", "医療ソーシャルワーカー"),
    DIETITIAN("dietitian", "管理栄養士"),
    CITY_STAFF("city_staff", "行政職員"),
    CLERK("clerk", "事務職員"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    Profession(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Profession> fromCode(String code) {
        return Arrays.stream(values()).filter(profession -> profession.code.equals(code)).findFirst();
    }
}
