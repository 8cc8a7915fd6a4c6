package jp.igetanet.posting;

import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.patient.Sex;

import java.time.LocalDate;

/** The rules of a patient's demographics, shared by registration and change; each wrong field gets a message. */
final class PatientForm {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final FieldRules rules;
    private final LocalDate today;

    PatientForm(FieldRules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    String name(String value) {
        return rules.text(value, "name", "氏名", FieldRules.MAX_NAME);
    }

    String kana(String value) {
        return rules.kana(value, "kana");
    }

    LocalDate birthDate(String value) {
        return rules.date(value, "birthDate", "生年月日", EARLIEST_BIRTH, today);
    }

    Sex sex(String value) {
        return rules.code(value, "sex", Sex::fromCode, "性別は male, female, unknown, not_applicable のいずれかです。");
    }

    String address(String value) {
        return rules.text(value, "address", "住所", FieldRules.MAX_ADDRESS);
    }

    String medicalInsurer(String value) {
        return rules.optionalDigits(value, "medicalInsurerNumber", "医療保険の保険者番号", 6, 8);
    }

    String careInsurer(String value) {
        return rules.optionalDigits(value, "careInsurerNumber", "介護保険の保険者番号", 6);
    }
}
