package jp.igetanet.core.record;

import java.util.Arrays;
import java.util.Optional;

/** What a post of the shared record (連絡帳) is about: the kinds of information §2-2(1) names, and a few more. */
public enum PostCategory {
    VISIT("visit", "受診・訪問時の情報"),
    TREATMENT_HISTORY("treatment_history", "治療歴"),
    TREATMENT_COURSE("treatment_course", "治療の経過・効果"),
    MEDICATION("medication", "服薬・薬剤"),
    LAB("lab", "検査"),
    VITALS("vitals", "バイタル"),
    CARE_LIFE("care_life", "介護・生活"),
    CONTACT("contact", "連絡・相談"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    PostCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PostCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }
}
