package jp.igetanet.core.project;

import java.util.Arrays;
import java.util.Optional;

/** What a project is for (§2): the kinds of group work the terms name, and the community care meeting. */
public enum ProjectKind {
    TRAINING("training", "研修"),
    INFORMATION_EXCHANGE("information_exchange", "情報交換"),
    ADMINISTRATIVE_CONTACT("administrative_contact", "事務連絡"),
    COMMUNITY_CARE_MEETING("community_care_meeting", "地域ケア会議"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    ProjectKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
