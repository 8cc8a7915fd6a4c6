package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.ConsentInput;
import jp.igetanet.core.patient.ConsentRules;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Clocks;
import jp.igetanet.core.upload.Uploads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Patients registered with consent (§14-1) and seen only by their care team (§13): anyone else, the operator
 * included, is answered as if the patient did not exist. Every read and write is audited, without content.
 */
@Singleton
public class PatientDesk {

    static final Duration FORM_USABLE = Duration.ofDays(1);

    private final Patients patients;
    private final FileStore files;
    private final ConsentRules consentRules;
    private final CareTeamGate gate;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public PatientDesk(Patients patients, FileStore files, ConsentRules consentRules, CareTeamGate gate,
                       AuditLog audit, SortableIds ids, Clock clock) {
        this.patients = patients;
        this.files = files;
        this.consentRules = consentRules;
        this.gate = gate;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Starts the upload of a scanned consent form: for a new patient it reserves the patient's id, so that the scan is
     * stored under the patient from the start; for a renewed consent it names a patient of the caller's care team.
     * Answers a presigned PUT of exactly the declared type and size, valid for minutes. The form can be used for a day.
     */
    public Upload startConsentForm(Acting acting, ConsentFormRequest request) {
        String existing = request.patientId() == null ? null : gate.require(acting.caller(), request.patientId()).patientId();
        FileStore.DeclaredFile file = Uploads.declared("同意書", request.contentType(), request.bytes());
        Instant now = clock.instant();
        String formId = ids.next();
        String patientId = existing == null ? ids.next() : existing;
        String key = FileStore.patientKey(patientId, "consent-forms", formId);
        patients.createConsentForm(new ConsentForm(formId, patientId, key, file.contentType(), acting.userId(), now,
                now.plus(FORM_USABLE), false));
        audit.record(acting.audited(AuditAction.CONSENT_FORM_UPLOAD_STARTED, AuditTarget.consentForm(formId), now));
        return new Upload(formId, file, files.uploadUrl(key, file, FileStore.URL_VALIDITY),
                now.plus(FileStore.URL_VALIDITY));
    }

    /**
     * Registers a patient with the consent in the same request; the caller becomes the first member of the care team.
     * Everything is checked before anything is written; the writes are ordered and a retry of the same registration
     * finishes it (patient, consent, member, then the form is marked used).
     */
    public Patient register(Acting acting, PatientRequest request) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Clocks.JAPAN);
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
        // the scan's reserved patient must be new, or this caller's own registration that stopped half-way
        ConsentRules.Checked checked = consent == null ? null : consentRules.check(rules, "consent.",
                new ConsentInput(consent.givenBy(), consent.family() != null,
                        consent.family() == null ? null : consent.family().name(),
                        consent.family() == null ? null : consent.family().relation(),
                        consent.family() == null ? null : consent.family().reason(), consent.consentedOn(),
                        consent.formId()),
                acting.caller(), now, today, scan -> gate.mayRegister(acting.caller(), scan.patientId()));
        rules.throwIfInvalid();

        ConsentForm formUsed = checked.form();
        String patientId = formUsed.patientId();
        CareTeamAccess access = gate.registering(acting.caller(), patientId);
        Patient patient = patients.find(access).orElseGet(() -> {
            Patient created = new Patient(patientId, acting.networkId(), name, kana, birthDate, sex, address,
                    medicalInsurer, careInsurer, acting.userId(), 1, now, now);
            patients.create(access, created);
            return created;
        });
        Consent recorded = checked.consent(patientId, acting.userId(), now);
        CareTeamMember first = new CareTeamMember(patientId, acting.userId(), acting.facilityId(), acting.networkId(),
                acting.networkId(), acting.userId(), now);
        ignoreConflict(() -> patients.addConsent(access, recorded));
        ignoreConflict(() -> patients.addMember(access, first, kana));
        patients.useConsentForm(formUsed.id());
        audit.record(acting.audited(AuditAction.PATIENT_REGISTERED, AuditTarget.patient(patientId), now));
        audit.record(acting.audited(AuditAction.CONSENT_RECORDED, AuditTarget.patient(patientId), now));
        return patient;
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

    /** The caller's patients, the latest posted to first, or those whose kana starts with {@code q} in kana order. */
    public Listing list(Acting acting, Optional<String> q, Optional<String> afterPatientId, int limit) {
        CareTeamGate.Caring caring = gate.patientsOf(acting.caller(), q, afterPatientId, limit);
        Map<String, Patient> found = patients.findAll(caring.items().stream().map(CareTeamGate.Cared::access).toList())
                .stream().collect(Collectors.toMap(Patient::id, Function.identity()));
        List<Listed> page = caring.items().stream().filter(entry -> found.containsKey(entry.access().patientId()))
                .map(entry -> new Listed(found.get(entry.access().patientId()), entry.unread()))
                .toList();
        audit.record(acting.audited(AuditAction.PATIENTS_LISTED, AuditTarget.user(acting.userId()), clock.instant()));
        return new Listing(page, caring.afterPatientId());
    }

    /** One page of the caller's patients, and where the next page starts if there may be one. */
    public record Listing(List<Listed> items, Optional<String> afterPatientId) {
    }

    /** One of the caller's patients with the number of posts the caller has not read. */
    public record Listed(Patient patient, long unread) {
    }

    public Patient find(Acting acting, String patientId) {
        Patient patient = ofCareTeam(acting, patientId).patient();
        audit.record(acting.audited(AuditAction.PATIENT_READ, AuditTarget.patient(patientId),
                clock.instant()));
        return patient;
    }

    /** Changes demographics on the version read (409 when stale); the team's lists follow a changed kana. */
    public Patient change(Acting acting, String patientId, PatientChangeRequest change) {
        Admitted admitted = ofCareTeam(acting, patientId);
        Patient patient = admitted.patient();
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        PatientForm form = new PatientForm(rules, LocalDate.ofInstant(now, Clocks.JAPAN));
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
        patients.update(admitted.access(), changed, patient.version());
        if (!changed.kana().equals(patient.kana())) {
            patients.resortTeam(admitted.access(), changed.kana());
        }
        audit.record(acting.audited(AuditAction.PATIENT_CHANGED, AuditTarget.patient(patientId), now));
        return changed;
    }

    /** The patient, if the caller is in its care team; 404 to everyone else, as if it did not exist (§13). */
    Admitted ofCareTeam(Acting acting, String patientId) {
        CareTeamAccess access = gate.require(acting.caller(), patientId);
        return new Admitted(access, patients.find(access).orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN)));
    }

    /** A patient the gate let the caller into, and the access it gave. */
    record Admitted(CareTeamAccess access, Patient patient) {
    }

    /** A started consent-form upload: the URL to PUT the declared scan to, with the headers its signature covers. */
    public record Upload(String formId, FileStore.DeclaredFile file, java.net.URI uploadUrl,
                         Instant uploadUrlExpiresAt) {
    }
}
