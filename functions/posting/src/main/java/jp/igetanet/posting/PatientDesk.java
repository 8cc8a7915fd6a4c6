package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.storage.PatientFiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Patients registered with consent (§14-1) and seen only by their care team (§13): anyone else, the operator
 * included, is answered as if the patient did not exist. Every read and write is audited, without content.
 */
@Singleton
public class PatientDesk {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final Set<String> FORM_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic");
    static final Duration UPLOAD_URL_VALIDITY = Duration.ofMinutes(10);
    static final Duration FORM_USABLE = Duration.ofDays(1);

    private final Patients patients;
    private final PatientFiles files;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public PatientDesk(Patients patients, PatientFiles files, AuditLog audit, SortableIds ids, Clock clock) {
        this.patients = patients;
        this.files = files;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Starts the upload of a scanned consent form: reserves the patient's id, so that the scan is stored under the
     * patient from the start, and answers a presigned PUT valid for minutes. The form can be used for a day.
     */
    public Upload startConsentForm(Caller caller, ConsentFormRequest request, RequestOrigin origin) {
        FieldRules rules = new FieldRules();
        String contentType = request.contentType() == null ? "" : request.contentType().strip();
        rules.validation().check(FORM_TYPES.contains(contentType), "contentType",
                "同意書は PDF・JPEG・PNG・HEIC のいずれかでアップロードしてください。");
        rules.throwIfInvalid();
        Instant now = clock.instant();
        String formId = ids.next();
        String patientId = ids.next();
        String key = PatientFiles.key(patientId, "consent-forms", formId);
        patients.createConsentForm(new ConsentForm(formId, patientId, key, contentType, caller.userId(), now,
                now.plus(FORM_USABLE), false));
        audit.record(caller.audited(AuditAction.CONSENT_FORM_UPLOAD_STARTED, "consent-form", formId,
                AuditOutcome.SUCCEEDED, origin, now));
        return new Upload(formId, files.uploadUrl(key, contentType, UPLOAD_URL_VALIDITY), contentType,
                now.plus(UPLOAD_URL_VALIDITY));
    }

    /**
     * Registers a patient with the consent in the same request; the caller becomes the first member of the care team.
     * Everything is checked before anything is written; the writes are ordered and a retry of the same registration
     * finishes it (patient, consent, member, then the form is marked used).
     */
    public Patient register(Caller caller, PatientRequest request, RequestOrigin origin) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, JAPAN);
        FieldRules rules = new FieldRules();
        PatientForm form = new PatientForm(rules, today);
        String name = form.name(request.name());
        String kana = form.kana(request.kana());
        LocalDate birthDate = form.birthDate(request.birthDate());
        Sex sex = form.sex(request.sex());
        String address = form.address(request.address());
        String medicalInsurer = form.medicalInsurer(request.medicalInsurerNumber());
        String careInsurer = form.careInsurer(request.careInsurerNumber());
        PatientRequest.ConsentRequest consent = rules.required(request.consent(), "consent",
                "療養者の同意（同意した人・同意日・同意書）を入力してください。");
        Consent.ConsentGiver givenBy = null;
        PatientRequest.Family family = null;
        Consent.FamilyReason reason = null;
        LocalDate consentedOn = null;
        Optional<ConsentForm> scan = Optional.empty();
        if (consent != null) {
            givenBy = rules.code(consent.givenBy(), "consent.givenBy", Consent.ConsentGiver::fromCode,
                    "同意した人は patient（本人）または family（家族）です。");
            if (givenBy == Consent.ConsentGiver.FAMILY) {
                family = rules.required(consent.family(), "consent.family", "同意した家族の氏名・続柄・理由を入力してください。");
                if (family != null) {
                    rules.text(family.name(), "consent.family.name", "家族の氏名", FieldRules.MAX_NAME);
                    rules.text(family.relation(), "consent.family.relation", "続柄", FieldRules.MAX_SHORT);
                    reason = rules.code(family.reason(), "consent.family.reason", Consent.FamilyReason::fromCode,
                            "理由は minor（未成年）または unable（本人の同意が困難）です。");
                }
            } else {
                rules.validation().check(consent.family() == null, "consent.family", "本人が同意したときは家族の情報を入れないでください。");
            }
            consentedOn = rules.date(consent.consentedOn(), "consent.consentedOn", "同意日", today.minusYears(1), today);
            scan = usableScan(caller, consent.formId(), now);
            rules.validation().check(scan.isPresent(), "consent.formId",
                    "同意書がアップロードされていないか、使えない formId です。POST /consent-forms からやり直してください。");
        }
        rules.throwIfInvalid();

        ConsentForm formUsed = scan.orElseThrow();
        String patientId = formUsed.patientId();
        Patient patient = patients.find(patientId).orElseGet(() -> {
            Patient created = new Patient(patientId, caller.networkId(), name, kana, birthDate, sex, address,
                    medicalInsurer, careInsurer, caller.userId(), 1, now, now);
            patients.create(created);
            return created;
        });
        // the consent takes the form's id, so that a retried registration finds the consent it stored
        Consent recorded = new Consent(patientId, formUsed.id(), givenBy, family == null ? null : family.name().strip(),
                family == null ? null : family.relation().strip(), reason, consentedOn, caller.userId(), formUsed.id(), now);
        CareTeamMember first = new CareTeamMember(patientId, caller.userId(), caller.facilityId(), caller.networkId(),
                caller.userId(), now);
        ignoreConflict(() -> patients.addConsent(recorded));
        ignoreConflict(() -> patients.addMember(first, kana));
        patients.useConsentForm(formUsed.id());
        audit.record(caller.audited(AuditAction.PATIENT_REGISTERED, "patient", patientId, AuditOutcome.SUCCEEDED, origin, now));
        audit.record(caller.audited(AuditAction.CONSENT_RECORDED, "patient", patientId, AuditOutcome.SUCCEEDED, origin, now));
        return patient;
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
                .filter(form -> patients.find(form.patientId()).map(p -> p.registeredBy().equals(caller.userId()))
                        .orElse(true))
                .filter(form -> files.stored(form.objectKey())
                        .filter(file -> file.bytes() > 0 && file.bytes() <= PatientFiles.MAX_BYTES)
                        .isPresent());
    }

    private static void ignoreConflict(Runnable write) {
        try {
            write.run();
        } catch (ApiException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
        }
    }

    /** The caller's patients in kana order, optionally those whose kana starts with {@code q}. */
    public List<Patient> list(Caller caller, Optional<String> q, Optional<String> afterPatientId, int limit,
                              RequestOrigin origin) {
        List<Patient> page = patients.findAll(patients.patientsOf(caller.userId(), q, afterPatientId, limit));
        audit.record(caller.audited(AuditAction.PATIENTS_LISTED, "user", caller.userId(), AuditOutcome.SUCCEEDED,
                origin, clock.instant()));
        return page;
    }

    public Patient find(Caller caller, String patientId, RequestOrigin origin) {
        Patient patient = ofCareTeam(caller, patientId);
        audit.record(caller.audited(AuditAction.PATIENT_READ, "patient", patientId, AuditOutcome.SUCCEEDED, origin,
                clock.instant()));
        return patient;
    }

    /** Changes demographics on the version read (409 when stale); the team's lists follow a changed kana. */
    public Patient change(Caller caller, String patientId, PatientChangeRequest change, RequestOrigin origin) {
        Patient patient = ofCareTeam(caller, patientId);
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        PatientForm form = new PatientForm(rules, LocalDate.ofInstant(now, JAPAN));
        rules.validation().check(change.version() != null, "version", "変更の元にした版（version）を指定してください。");
        Patient changed = patient.changed(
                change.name() == null ? patient.name() : form.name(change.name()),
                change.kana() == null ? patient.kana() : form.kana(change.kana()),
                change.birthDate() == null ? patient.birthDate() : form.birthDate(change.birthDate()),
                change.sex() == null ? patient.sex() : form.sex(change.sex()),
                change.address() == null ? patient.address() : form.address(change.address()),
                change.medicalInsurerNumber() == null ? patient.medicalInsurerNumber() : form.medicalInsurer(change.medicalInsurerNumber()),
                change.careInsurerNumber() == null ? patient.careInsurerNumber() : form.careInsurer(change.careInsurerNumber()),
                now);
        rules.throwIfInvalid();
        if (change.version() != patient.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        patients.update(changed, patient.version());
        if (!changed.kana().equals(patient.kana())) {
            patients.resortTeam(patientId, changed.kana());
        }
        audit.record(caller.audited(AuditAction.PATIENT_CHANGED, "patient", patientId, AuditOutcome.SUCCEEDED, origin, now));
        return changed;
    }

    /** The patient, if the caller is in its care team; 404 to everyone else, as if it did not exist (§13). */
    Patient ofCareTeam(Caller caller, String patientId) {
        return patients.find(memberOf(caller, patientId))
                .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
    }

    /**
     * The patient's id, if the caller is in its care team (one read: a member item exists only beside its patient);
     * 404 to everyone else. The record's routes need no more than this before they read the record itself.
     */
    String memberOf(Caller caller, String patientId) {
        return Optional.ofNullable(patientId)
                .filter(SortableIds::isWellFormed)
                .filter(id -> patients.member(id, caller.userId()).isPresent())
                .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
    }

    /** A started consent-form upload. */
    public record Upload(String formId, java.net.URI uploadUrl, String contentType, Instant uploadUrlExpiresAt) {
    }
}
