package jp.igetanet.core.portal;

import java.util.Arrays;
import java.util.Optional;

/** What an announcement of the portal is about (§18, §25, §26, §28, §31). */
public enum AnnouncementKind {
    NOTICE("notice", "お知らせ"),
    SERVICE_CHANGE("service_change", "サービス内容の変更"),
    SUSPENSION("suspension", "サービスの一時停止"),
    TERMINATION("termination", "サービス提供の中止"),
    TERMS_CHANGE("terms_change", "利用規約の変更");

    private final String code;
    private final String label;

    AnnouncementKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<AnnouncementKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
