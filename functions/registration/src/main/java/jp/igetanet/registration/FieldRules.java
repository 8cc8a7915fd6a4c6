package jp.igetanet.registration;

import jp.igetanet.core.error.Validation;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules for the fields of a facility and its administrator, shared by the application and the change form:
 * each rule records a Japanese message for its field and returns the cleaned value; {@link #throwIfInvalid}
 * answers 400 with all of them.
 */
final class FieldRules {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_SHORT = 20;
    private static final Pattern KANA = Pattern.compile("[\\p{InKatakana}\\p{InHiragana}ー・　 ]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("(\\d{3})-?(\\d{4})");
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Validation validation = new Validation();

    Validation validation() {
        return validation;
    }

    void throwIfInvalid() {
        validation.throwIfInvalid();
    }

    <T> T required(T part, String field, String message) {
        validation.check(part != null, field, message);
        return part;
    }

    String text(String value, String field, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty(), field, label + "を入力してください。");
        validation.check(trimmed.length() <= max, field, label + "は" + max + "文字以内で入力してください。");
        return trimmed;
    }

    String kana(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty() && KANA.matcher(trimmed).matches() && trimmed.length() <= MAX_NAME, field,
                "よみがなはひらがなまたはカタカナで、" + MAX_NAME + "文字以内で入力してください。");
        return trimmed;
    }

    <T> T code(String value, String field, Function<String, Optional<T>> parse, String message) {
        Optional<T> parsed = value == null ? Optional.empty() : parse.apply(value);
        validation.check(parsed.isPresent(), field, message);
        return parsed.orElse(null);
    }

    String postalCode(String value, String field) {
        var matcher = POSTAL_CODE.matcher(value == null ? "" : value.strip());
        boolean valid = matcher.matches();
        validation.check(valid, field, "郵便番号は「123-4567」の形で入力してください。");
        return valid ? matcher.group(1) + "-" + matcher.group(2) : null;
    }

    String phone(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        validation.check(PHONE.matcher(trimmed).matches() && (digits == 10 || digits == 11), field,
                "電話番号は市外局番から、数字とハイフンで入力してください。");
        return trimmed;
    }

    String email(String value) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(EMAIL.matcher(trimmed).matches() && trimmed.length() <= 254, "administrator.email",
                "メールアドレスが正しくありません。");
        return trimmed;
    }

    LocalDate signedOn(String value, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            validation.check(!date.isAfter(today), "pledge.signedOn", "誓約日に未来の日付は指定できません。");
            return date;
        } catch (DateTimeParseException e) {
            validation.reject("pledge.signedOn", "誓約日は「2026-04-01」の形で入力してください。");
            return null;
        }
    }

    /** Without a choice the facility is listed with every field; it may hide any of them later (§17-2). */
    Publication publication(ApplicationRequest.Publication choice) {
        if (choice == null) {
            return Publication.everything();
        }
        Set<PublishedField> fields = EnumSet.noneOf(PublishedField.class);
        if (choice.fields() != null) {
            for (String code : choice.fields()) {
                Optional<PublishedField> field = PublishedField.fromCode(code);
                validation.check(field.isPresent(), "publication.fields", "公開する項目は name, kind, address, phone から選んでください。");
                field.ifPresent(fields::add);
            }
        }
        return new Publication(choice.listed() == null || choice.listed(),
                choice.fields() == null ? EnumSet.allOf(PublishedField.class) : fields);
    }
}
