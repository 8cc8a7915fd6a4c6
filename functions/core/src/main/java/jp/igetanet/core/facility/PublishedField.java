package jp.igetanet.core.facility;

import java.util.Arrays;
import java.util.Optional;

/** A part of a facility's data that its administrator may publish on the portal or hide (§17-2). */
public enum PublishedField {
    /** The facility name and its kana reading. */
    NAME("name"),
    KIND("kind"),
    /** Postal code and address. */
    ADDRESS("address"),
    PHONE("phone");

    private final String code;

    PublishedField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PublishedField> fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }
}
