package jp.igetanet.registration;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** Checks an application field by field and turns it into a {@link RegistrationApplication}; 400 lists every mistake. */
final class ApplicationForm {

    private final FieldRules rules = new FieldRules();

    private ApplicationForm() {
    }

    /** The pledge agrees to the terms in force (§4, §11-2): an application agreeing to older terms is sent back. */
    private String agreedTerms(String agreed, String termsInForce) {
        String version = rules.text(agreed, "pledge.agreedTermsVersion", "同意した利用規約の版", FieldRules.MAX_SHORT);
        rules.validation().check(version.isEmpty() || version.equals(termsInForce), "pledge.agreedTermsVersion",
                "施行中の利用規約（" + termsInForce + " 版）に同意してください。");
        return version;
    }

    /** The application with id and time, or VALIDATION_FAILED with a Japanese message per wrong field. */
    static RegistrationApplication read(ApplicationRequest request, String id, Instant now, LocalDate today,
                                        String termsInForce) {
        return new ApplicationForm().toApplication(request, id, now, today, termsInForce);
    }

    private RegistrationApplication toApplication(ApplicationRequest request, String id, Instant now, LocalDate today,
                                                  String termsInForce) {
        String network = request.network();
        rules.validation().check(Network.isWellFormedId(network), "network", "地域ネットワークのIDを指定してください。");
        ApplicationRequest.Facility f = rules.required(request.facility(), "facility", "施設の情報を入力してください。");
        ApplicationRequest.Administrator a = rules.required(request.administrator(), "administrator", "施設責任者の情報を入力してください。");
        ApplicationRequest.Pledge p = rules.required(request.pledge(), "pledge", "誓約書（様式第1）の内容を入力してください。");
        RegistrationApplication.FacilityDetails facility = f == null ? null : new RegistrationApplication.FacilityDetails(
                rules.text(f.name(), "facility.name", "施設名", FieldRules.MAX_NAME),
                rules.kana(f.kana(), "facility.kana"),
                rules.code(f.kind(), "facility.kind", FacilityKind::fromCode, "施設の種別が正しくありません。"),
                rules.postalCode(f.postalCode(), "facility.postalCode"),
                rules.text(f.address(), "facility.address", "住所", FieldRules.MAX_ADDRESS),
                rules.phone(f.phone(), "facility.phone"));
        RegistrationApplication.Administrator administrator = a == null ? null : new RegistrationApplication.Administrator(
                rules.text(a.name(), "administrator.name", "施設責任者の氏名", FieldRules.MAX_NAME),
                rules.kana(a.kana(), "administrator.kana"),
                rules.code(a.profession(), "administrator.profession", Profession::fromCode, "職種が正しくありません。"),
                rules.email(a.email(), "administrator.email"));
        RegistrationApplication.Pledge pledge = p == null ? null : new RegistrationApplication.Pledge(
                rules.text(p.formVersion(), "pledge.formVersion", "様式の版", FieldRules.MAX_SHORT),
                rules.text(p.signer(), "pledge.signer", "誓約者の氏名", FieldRules.MAX_NAME),
                rules.signedOn(p.signedOn(), today),
                agreedTerms(p.agreedTermsVersion(), termsInForce));
        // Without a choice the facility is listed with every field; it may hide any of them later (§17-2).
        ApplicationRequest.Publication choice = request.publication();
        Publication publication = choice == null ? Publication.everything() : rules.publication(choice.listed(), choice.fields());
        rules.throwIfInvalid();
        return new RegistrationApplication(id, network, facility, administrator, pledge, publication,
                RegistrationStatus.SUBMITTED, now, null, null, null, null, 1);
    }
}
