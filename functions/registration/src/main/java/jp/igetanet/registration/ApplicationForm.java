package jp.igetanet.registration;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks an application field by field and turns it into a {@link RegistrationApplication}; 400 lists every mistake. */
final class ApplicationForm {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_SHORT = 20;
    private static final Pattern KANA = Pattern.compile("[\\p{InKatakana}\\p{InHiragana}ー・　 ]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("(\\d{3})-?(\\d{4})");
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Validation validation = new Validation();

    private ApplicationForm() {
    }

    /** The application with id and time, or VALIDATION_FAILED with a Japanese message per wrong field. */
    static RegistrationApplication read(ApplicationRequest request, String id, Instant now, LocalDate today) {
        return new ApplicationForm().toApplication(request, id, now, today);
    }

    private RegistrationApplication toApplication(ApplicationRequest request, String id, Instant now, LocalDate today) {
        String network = request.network();
        validation.check(Network.isWellFormedId(network), "network", "地域ネットワークのIDを指定してください。");
        ApplicationRequest.Facility f = required(request.facility(), "facility", "施設の情報を入力してください。");
        ApplicationRequest.Administrator a = required(request.administrator(), "administrator", "施設責任者の情報を入力してください。");
        ApplicationRequest.Pledge p = required(request.pledge(), "pledge", "誓約書（様式第1）の内容を入力してください。");
        RegistrationApplication.FacilityDetails facility = f == null ? null : new RegistrationApplication.FacilityDetails(
                text(f.name(), "facility.name", "施設名", MAX_NAME),
                kana(f.kana(), "facility.kana"),
                code(f.kind(), "facility.kind", FacilityKind::fromCode, "施設の種別が正しくありません。"),
                postalCode(f.postalCode()),
                text(f.address(), "facility.address", "住所", MAX_ADDRESS),
                phone(f.phone()));
        RegistrationApplication.Administrator administrator = a == null ? null : new RegistrationApplication.Administrator(
                text(a.name(), "administrator.name", "施設責任者の氏名", MAX_NAME),
                kana(a.kana(), "administrator.kana"),
                code(a.profession(), "administrator.profession", Profession::fromCode, "職種が正しくありません。"),
                email(a.email()));
        RegistrationApplication.Pledge pledge = p == null ? null : new RegistrationApplication.Pledge(
                text(p.formVersion(), "pledge.formVersion", "様式の版", MAX_SHORT),
                text(p.signer(), "pledge.signer", "誓約者の氏名", MAX_NAME),
                signedOn(p.signedOn(), today),
                text(p.agreedTermsVersion(), "pledge.agreedTermsVersion", "同意した利用規約の版", MAX_SHORT));
        Publication publication = publication(request.publication());
        validation.throwIfInvalid();
        return new RegistrationApplication(id, network, facility, administrator, pledge, publication,
                RegistrationStatus.SUBMITTED, now, null, null, null, null, 1);
    }

    private <T> T required(T part, String field, String message) {
        validation.check(part != null, field, message);
        return part;
    }

    private String text(String value, String field, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty(), field, label + "を入力してください。");
        validation.check(trimmed.length() <= max, field, label + "は" + max + "文字以内で入力してください。");
        return trimmed;
    }

    private String kana(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(!trimmed.isEmpty() && KANA.matcher(trimmed).matches() && trimmed.length() <= MAX_NAME, field,
                "よみがなはひらがなまたはカタカナで、" + MAX_NAME + "文字以内で入力してください。");
        return trimmed;
    }

    private <T> T code(String value, String field, Function<String, Optional<T>> parse, String message) {
        Optional<T> parsed = value == null ? Optional.empty() : parse.apply(value);
        validation.check(parsed.isPresent(), field, message);
        return parsed.orElse(null);
    }

    private String postalCode(String value) {
        var matcher = POSTAL_CODE.matcher(value == null ? "" : value.strip());
        boolean valid = matcher.matches();
        validation.check(valid, "facility.postalCode", "郵便番号は「123-4567」の形で入力してください。");
        return valid ? matcher.group(1) + "-" + matcher.group(2) : null;
    }

    private String phone(String value) {
        String trimmed = value == null ? "" : value.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        validation.check(PHONE.matcher(trimmed).matches() && (digits == 10 || digits == 11), "facility.phone",
                "電話番号は市外局番から、数字とハイフンで入力してください。");
        return trimmed;
    }

    private String email(String value) {
        String trimmed = value == null ? "" : value.strip();
        validation.check(EMAIL.matcher(trimmed).matches() && trimmed.length() <= 254, "administrator.email",
                "メールアドレスが正しくありません。");
        return trimmed;
    }

    private LocalDate signedOn(String value, LocalDate today) {
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
    private Publication publication(ApplicationRequest.Publication choice) {
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
