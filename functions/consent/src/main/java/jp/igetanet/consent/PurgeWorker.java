package jp.igetanet.consent;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.patient.PatientErasure;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.PurgeQueue;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.WithdrawalStatus;
import jp.igetanet.core.patient.Withdrawals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Deletes a withdrawn patient's data (§14-2). Every step is repeatable, so a message delivered twice, a worker
 * killed half-way or a purge continued by a later message all end the same: nothing of the patient left, the counts
 * of what was there when the purge first counted, and a receipt without the patient's id or the note.
 */
@Singleton
public class PurgeWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeWorker.class);

    /** How a message was handled. */
    public enum Outcome {
        /** The purge is complete (now or before), or there is no such withdrawal. */
        DONE,
        /** Time ran short: a new message continues where this one stopped. */
        CONTINUED
    }

    private final Withdrawals withdrawals;
    private final Patients patients;
    private final PatientErasure erasure;
    private final PurgeQueue queue;
    private final AuditLog audit;
    private final Clock clock;

    public PurgeWorker(Withdrawals withdrawals, Patients patients, PatientErasure erasure, PurgeQueue queue,
                       AuditLog audit, Clock clock) {
        this.withdrawals = withdrawals;
        this.patients = patients;
        this.erasure = erasure;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome purge(String withdrawalId, BooleanSupplier mayGoOn) {
        Optional<Withdrawal> found = withdrawals.find(withdrawalId);
        if (found.isEmpty() || found.get().status() == WithdrawalStatus.COMPLETED) {
            LOG.info("withdrawal {} {}", withdrawalId, found.isEmpty() ? "unknown: nothing to purge" : "purged already");
            return Outcome.DONE;
        }
        Withdrawal withdrawal = found.get();
        String patient = withdrawal.patientId();
        withdrawals.startPurge(withdrawalId, clock.instant());
        // a request that stopped before marking leaves it to here: the patient disappears before anything is deleted
        patients.withdraw(patient, withdrawalId);
        if (withdrawal.items() == null) {
            PatientErasure.Tally tally = erasure.tally(patient);
            withdrawals.fixCounts(withdrawalId, tally.items(), tally.objects());
        }
        if (!erasure.erase(patient, mayGoOn)) {
            if (!queue.offer(withdrawalId)) {
                throw new IllegalStateException("the continuation of withdrawal " + withdrawalId + " was not queued");
            }
            LOG.info("withdrawal {} continues in a new message", withdrawalId);
            return Outcome.CONTINUED;
        }
        Instant finished = clock.instant();
        withdrawals.complete(withdrawalId, finished);
        audit.record(new AuditEvent(finished, withdrawal.networkId(), null, null, "system",
                AuditAction.PATIENT_PURGED, "patient", patient, AuditOutcome.SUCCEEDED, withdrawalId, null, null));
        LOG.info("withdrawal {} purged", withdrawalId);
        return Outcome.DONE;
    }

    /** The purge will not be tried again before someone redrives it from the dead-letter queue. */
    public void giveUp(String withdrawalId) {
        withdrawals.fail(withdrawalId, clock.instant());
    }
}
