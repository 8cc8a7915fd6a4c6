package jp.igetanet.core.facility;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of facility that may take part (§4), with the code used in the API and the Japanese label. */
public enum FacilityKind {
    HOSPITAL("hospital", "病院"),
    CLINIC("clinic", "診療所"),
    DENTAL_CLINIC("dental_clinic", "歯科診療所"),
    PHARMACY("pharmacy", "薬局"),
    VISITING_NURSING_STATION("visiting_nursing_station", "訪問看護ステーション"),
    CARE_MANAGEMENT_OFFICE("care_management_office", "居宅介護支援事業所"),
    HOME_HELP_SERVICE("home_help_service", "訪問介護事業所"),
    DAY_SERVICE("day_service", "通所介護事業所"),
    NURSING_HOME("nursing_home", "介護保険施設"),
    COMMUNITY_SUPPORT_CENTER("community_support_center", "地域包括支援センター"),
    CITY_OFFICE("city_office", "市役所・行政機関"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    FacilityKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FacilityKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
