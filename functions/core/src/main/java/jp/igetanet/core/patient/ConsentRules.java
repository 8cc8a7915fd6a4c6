package jp.igetanet.core.patient;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.storage.FileStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules of a consent (§14-1), shared by a patient's registration and a renewed consent: the patient, or family
 * with name, relation and reason; a date within the last year; and the caller's own uploaded, unused scan.
 */
@Singleton
@Requires(beans = FileStore.class)
public class ConsentRules {

    private final Patients patients;
    private final FileStore files;

    public ConsentRules(Patients patients, FileStore files) {
        this.patients = patients;
        this.files = files;
    }

    /**
     * The consent checked field by field under {@code prefix} (e.g. {@code consent.}); its messages go to
     * {@code rules}. The scan must have been uploaded by the caller for a patient the predicate accepts.
     */
    public Checked check(FieldRules rules, String prefix, ConsentInput input, Caller caller, Instant now,
                         LocalDate today, Predicate<ConsentForm> forPatient) {
        Consent.ConsentGiver givenBy = rules.code(input.givenBy(), prefix + "givenBy", Consent.ConsentGiver::fromCode,
                "同意した人は patient（本人）または family（家族）です。");
        String familyName = null;
        String relation = null;
        Consent.FamilyReason reason = null;
        if (givenBy == Consent.ConsentGiver.FAMILY) {
            rules.validation().check(input.familyGiven(), prefix + "family", "同意した家族の氏名・続柄・理由を入力してください。");
            if (input.familyGiven()) {
                familyName = rules.text(input.familyName(), prefix + "family.name", "家族の氏名", FieldRules.MAX_NAME);
                relation = rules.text(input.relation(), prefix + "family.relation", "続柄", FieldRules.MAX_SHORT);
                reason = rules.code(input.reason(), prefix + "family.reason", Consent.FamilyReason::fromCode,
                        "理由は minor（未成年）または unable（本人の同意が困難）です。");
            }
        } else {
            rules.validation().check(!input.familyGiven(), prefix + "family", "本人が同意したときは家族の情報を入れないでください。");
        }
        LocalDate consentedOn = rules.date(input.consentedOn(), prefix + "consentedOn", "同意日", today.minusYears(1), today);
        Optional<ConsentForm> scan = usableScan(caller, input.formId(), now).filter(forPatient);
        rules.validation().check(scan.isPresent(), prefix + "formId",
                "同意書がアップロードされていないか、使えない formId です。POST /consent-forms からやり直してください。");
        return new Checked(givenBy, familyName, relation, reason, consentedOn, scan.orElse(null));
    }

    /**
     * The caller's own upload, within its day, stored within the size limit and not used by a finished registration;
     * a registration that stopped half-way (its patient stored, the form not yet marked) may use it again.
     */
    private Optional<ConsentForm> usableScan(Caller caller, String formId, Instant now) {
        if (formId == null || !SortableIds.isWellFormed(formId)) {
            return Optional.empty();
        }
        return patients.consentForm(formId)
                .filter(form -> !form.used() && form.uploadedBy().equals(caller.userId()) && now.isBefore(form.usableUntil()))
                .filter(form -> files.usable(form.objectKey()).isPresent());
    }

    /** A checked consent; the consent itself once the patient's id and the time are known. */
    public record Checked(Consent.ConsentGiver givenBy, String familyName, String relation, Consent.FamilyReason reason,
                          LocalDate consentedOn, ConsentForm form) {

        /** The consent takes its form's id, so that a retried write finds the consent it stored. */
        public Consent consent(String patientId, String obtainedBy, Instant at) {
            return new Consent(patientId, form.id(), givenBy, familyName, relation, reason, consentedOn, obtainedBy,
                    form.id(), at);
        }
    }
}
