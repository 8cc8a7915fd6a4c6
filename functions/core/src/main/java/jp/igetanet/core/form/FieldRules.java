package jp.igetanet.core.form;

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
 * The rules for the fields of facilities and people, shared by the application, the facility change and the
 * ID issue forms:
 * each rule records a Japanese message for its field and returns the cleaned value; {@link #throwIfInvalid}
 * answers 400 with all of them.
 */
public final class FieldRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_SHORT = 20;
    public static final int MAX_TEXT = 500;
    /** The user pool's password policy (template.yaml {@code PasswordPolicy}), checked before Cognito is asked. */
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 256;
    private static final Pattern KANA = Pattern.compile("[\\p{InKatakana}\\p{InHiragana}ー・　 ]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("(\\d{3})-?(\\d{4})");
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Validation validation = new Validation();

    public Validation validation() {
        return validation;
    }

    public void throwIfInvalid() {
        validation.throwIfInvalid();
    }

    public <T> T required(T part, String field, String message) {
        validation.check(part != null, field, message);
        return part;
    }

    public String text(String value, String field, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty(), field, label + "を入力してください。");
        validation.check(trimmed.length() <= max, field, label + "は" + max + "文字以内で入力してください。");
        return trimmed;
    }

    /** An optional text: trimmed, null when absent or blank, at most {@code max} characters. */
    public String optional(String value, String field, String label, int max) {
        String trimmed = value == null || value.isBlank() ? null : value.strip();
        validation.check(trimmed == null || trimmed.length() <= max, field, label + "は" + max + "文字以内で入力してください。");
        return trimmed;
    }

    public String kana(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty() && KANA.matcher(trimmed).matches() && trimmed.length() <= MAX_NAME, field,
                "よみがなはひらがなまたはカタカナで、" + MAX_NAME + "文字以内で入力してください。");
        return trimmed;
    }

    public <T> T code(String value, String field, Function<String, Optional<T>> parse, String message) {
        Optional<T> parsed = value == null ? Optional.empty() : parse.apply(value);
        validation.check(parsed.isPresent(), field, message);
        return parsed.orElse(null);
    }

    public String postalCode(String value, String field) {
        var matcher = POSTAL_CODE.matcher(value == null ? "" : value.strip());
        boolean valid = matcher.matches();
        validation.check(valid, field, "郵便番号は「123-4567」の形で入力してください。");
        return valid ? matcher.group(1) + "-" + matcher.group(2) : null;
    }

    public String phone(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        validation.check(PHONE.matcher(trimmed).matches() && (digits == 10 || digits == 11), field,
                "電話番号は市外局番から、数字とハイフンで入力してください。");
        return trimmed;
    }

    public String email(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(EMAIL.matcher(trimmed).matches() && trimmed.length() <= 254, field,
                "メールアドレスが正しくありません。");
        return trimmed;
    }

    /**
     * A new password under the pool's policy: at least {@value #PASSWORD_MIN_LENGTH} characters with an upper-case
     * letter, a lower-case letter and a digit, no spaces at either end, and not the current password.
     */
    public String newPassword(String value, String current, String field) {
        String password = value == null ? "" : value;
        boolean valid = password.length() >= PASSWORD_MIN_LENGTH && password.length() <= PASSWORD_MAX_LENGTH
                && password.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                && password.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                && password.chars().anyMatch(c -> c >= '0' && c <= '9')
                && password.equals(password.strip());
        validation.check(valid, field, "新しいパスワードは" + PASSWORD_MIN_LENGTH + "文字以上で、英大文字・英小文字・数字を"
                + "それぞれ1文字以上含めてください（前後に空白は使えません）。");
        validation.check(!password.equals(current), field, "新しいパスワードは現在のパスワードと違うものにしてください。");
        return password;
    }

    /**
     * Ids of uploaded files to attach: at most {@code max}, none twice, each well formed and {@code usable} (uploaded,
     * unexpired, within the size limit); {@code whose} names their owner in the message, e.g. 「この療養者」.
     */
    public java.util.List<String> attachmentIds(java.util.List<String> raw, int max,
                                                java.util.function.Predicate<String> usable, String whose) {
        validation.check(raw.size() <= max, "attachmentIds", "添付ファイルは" + max + "件までです。");
        validation.check(new java.util.HashSet<>(raw).size() == raw.size(), "attachmentIds", "同じ添付ファイルが重複しています。");
        boolean known = raw.size() <= max && raw.stream()
                .allMatch(id -> jp.igetanet.core.id.SortableIds.isWellFormed(id) && usable.test(id));
        validation.check(known, "attachmentIds", whose + "の添付ファイルとしてアップロードされていない（または10MBを超える）IDがあります。");
        return raw;
    }

    /** A date in the form 2026-04-01, not after {@code latest} and not before {@code earliest}. */
    public LocalDate date(String value, String field, String label, LocalDate earliest, LocalDate latest) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            validation.check(!date.isAfter(latest), field, label + "に未来の日付は指定できません。");
            validation.check(!date.isBefore(earliest), field, label + "は" + earliest + "以降の日付を入力してください。");
            return date;
        } catch (DateTimeParseException e) {
            validation.reject(field, label + "は「2026-04-01」の形で入力してください。");
            return null;
        }
    }

    /**
     * A date-time with its offset ({@code 2026-11-25T09:30+09:00}) or without one, in Japan's time
     * ({@code 2026-11-25T09:30}); null (with the field's message) when it is neither.
     */
    public java.time.Instant dateTime(String value, String field, String label) {
        String text = value == null ? "" : value.strip();
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return java.time.LocalDateTime.parse(text).atZone(jp.igetanet.core.time.Clocks.JAPAN).toInstant();
            } catch (DateTimeParseException e) {
                validation.reject(field, label + "は「2026-11-25T09:30」の形で入力してください。");
                return null;
            }
        }
    }

    /** An optional number of the given lengths in digits (insurer numbers); null stays null. */
    public String optionalDigits(String value, String field, String label, int... lengths) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        boolean valid = digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && java.util.Arrays.stream(lengths).anyMatch(length -> digits.length() == length);
        validation.check(valid, field, label + "は" + java.util.Arrays.stream(lengths).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining("桁または")) + "桁の数字で入力してください。");
        return digits;
    }

    public LocalDate signedOn(String value, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            validation.check(!date.isAfter(today), "pledge.signedOn", "誓約日に未来の日付は指定できません。");
            return date;
        } catch (DateTimeParseException e) {
            validation.reject("pledge.signedOn", "誓約日は「2026-04-01」の形で入力してください。");
            return null;
        }
    }

    /**
     * A facility's publication choice (§17-2): listed unless {@code listed} is false, with the named fields, or
     * every field when none are named.
     */
    public Publication publication(Boolean listed, java.util.List<String> fieldCodes) {
        Set<PublishedField> fields = EnumSet.noneOf(PublishedField.class);
        if (fieldCodes != null) {
            for (String code : fieldCodes) {
                Optional<PublishedField> field = PublishedField.fromCode(code);
                validation.check(field.isPresent(), "publication.fields", "公開する項目は name, kind, address, phone から選んでください。");
                field.ifPresent(fields::add);
            }
        }
        return new Publication(listed == null || listed, fieldCodes == null ? EnumSet.allOf(PublishedField.class) : fields);
    }
}
