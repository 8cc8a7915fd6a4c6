package jp.igetanet.consent;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
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
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.PurgeQueue;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.Withdrawals;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Withdrawal of consent (§14-2). A care-team member files the patient's or family's request; from the answer on the
 * patient is gone for everyone (the patient item and every member item are marked), and the purge worker deletes
 * the data behind it. The withdrawal is stored before the mark, so that a request that stops half-way leaves an open
 * withdrawal for the retention sweep to queue again, never a marked patient nobody purges.
 */
@Singleton
public class WithdrawalDesk {

    private final CareTeamGate gate;
    private final Patients patients;
    private final Withdrawals withdrawals;
    private final PurgeQueue queue;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public WithdrawalDesk(CareTeamGate gate, Patients patients, Withdrawals withdrawals, PurgeQueue queue,
                          AuditLog audit, SortableIds ids, Clock clock) {
        this.gate = gate;
        this.patients = patients;
        this.withdrawals = withdrawals;
        this.queue = queue;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Withdrawal withdraw(Acting acting, String patientId, WithdrawalRequest request) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        FieldRules fields = new FieldRules();
        Consent.ConsentGiver requestedBy = fields.code(request.requestedBy(), "requestedBy",
                Consent.ConsentGiver::fromCode, "撤回を申し出た人は patient（本人）または family（家族）です。");
        String relation = null;
        if (requestedBy == Consent.ConsentGiver.FAMILY) {
            relation = fields.text(request.relation(), "relation", "続柄", FieldRules.MAX_SHORT);
        } else if (requestedBy == Consent.ConsentGiver.PATIENT) {
            fields.validation().check(request.relation() == null, "relation", "本人が申し出たときは続柄を入れないでください。");
        }
        LocalDate today = LocalDate.ofInstant(now, Clocks.JAPAN);
        LocalDate receivedOn = fields.date(request.receivedOn(), "receivedOn", "申し出を受けた日", today.minusYears(1), today);
        String note = request.note() == null || request.note().isBlank() ? null
                : fields.text(request.note(), "note", "メモ", FieldRules.MAX_TEXT);
        fields.throwIfInvalid();

        Patient found = patients.find(patient).orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
        Withdrawal withdrawal = Withdrawal.accepted(ids.next(), patient.patientId(), found.networkId(), requestedBy, relation,
                receivedOn, note, acting.userId(), acting.facilityId(), now);
        withdrawals.create(withdrawal);
        if (!patients.withdraw(patient.patientId(), withdrawal.id())) {
            // another withdrawal took the patient a moment ago: this one deleted nothing
            withdrawals.discard(withdrawal.id());
            throw new ApiException(ErrorCode.PATIENT_UNKNOWN);
        }
        // not queued: the patient is withdrawn all the same, and the retention sweep queues open withdrawals again
        queue.offer(withdrawal.id());
        audit.record(acting.audited(AuditAction.CONSENT_WITHDRAWN, AuditTarget.patient(patient.patientId()), now));
        return withdrawal;
    }

    /** The withdrawal, to the member who filed it and to the operator of the patient's network; 404 to anyone else. */
    public Withdrawal find(Acting acting, String withdrawalId) {
        Withdrawal withdrawal = Optional.ofNullable(withdrawalId).filter(SortableIds::isWellFormed)
                .flatMap(withdrawals::find)
                .filter(found -> found.filedBy().equals(acting.userId())
                        || acting.is(Role.OPERATOR) && found.networkId().equals(acting.networkId()))
                .orElseThrow(() -> new ApiException(ErrorCode.WITHDRAWAL_UNKNOWN));
        audit.record(acting.audited(AuditAction.WITHDRAWAL_READ,
                AuditTarget.consentWithdrawal(withdrawal.id()), clock.instant()));
        return withdrawal;
    }
}
