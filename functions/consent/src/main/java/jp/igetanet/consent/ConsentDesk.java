package jp.igetanet.consent;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentInput;
import jp.igetanet.core.patient.ConsentRules;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient's consents (§14-1): the care team reads their history and records a renewed or changed consent with
 * its signed form, for instance family consenting when the patient no longer can. The newest consent is in force.
 */
@Singleton
public class ConsentDesk {


    private final CareTeamGate gate;
    private final Patients patients;
    private final ConsentRules rules;
    private final AuditLog audit;
    private final Clock clock;

    public ConsentDesk(CareTeamGate gate, Patients patients, ConsentRules rules, AuditLog audit, Clock clock) {
        this.gate = gate;
        this.patients = patients;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Consent> history(Acting acting, String patientId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        List<Consent> consents = patients.consents(patient);
        audit.record(acting.audited(AuditAction.CONSENTS_READ, AuditTarget.patient(patient.patientId()),
                clock.instant()));
        return consents;
    }

    /** Records a consent whose scan the caller uploaded for this patient; the form is then used. */
    public Consent record(Acting acting, String patientId, ConsentRecordRequest request) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        FieldRules fields = new FieldRules();
        ConsentRecordRequest.Family family = request.family();
        ConsentRules.Checked checked = rules.check(fields, "", new ConsentInput(request.givenBy(), family != null,
                        family == null ? null : family.name(), family == null ? null : family.relation(),
                        family == null ? null : family.reason(), request.consentedOn(), request.formId()),
                acting.caller(), now, LocalDate.ofInstant(now, Clocks.JAPAN), scan -> scan.patientId().equals(patient.patientId()));
        fields.throwIfInvalid();
        Consent consent = checked.consent(patient.patientId(), acting.userId(), now);
        patients.addConsent(patient, consent);
        patients.useConsentForm(checked.form().id());
        audit.record(acting.audited(AuditAction.CONSENT_RECORDED, AuditTarget.patient(patient.patientId()), now));
        return consent;
    }
}
