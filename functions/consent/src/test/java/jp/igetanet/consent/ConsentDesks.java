package jp.igetanet.consent;

import jp.igetanet.core.audit.InMemoryAuditLog;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.InMemoryAgreements;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.ConsentRules;
import jp.igetanet.core.patient.InMemoryPatients;
import jp.igetanet.core.patient.InMemoryPurgeQueue;
import jp.igetanet.core.patient.InMemoryWithdrawals;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.storage.InMemoryFileStore;
import jp.igetanet.core.time.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** The consent function's desks as it wires them, over in-memory storage, at 10:00 in Japan on 7 December 2026. */
final class ConsentDesks {

    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPatients patients;
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryFileStore files = new InMemoryFileStore();
    final InMemoryWithdrawals withdrawals = new InMemoryWithdrawals();
    final InMemoryPurgeQueue queue = new InMemoryPurgeQueue();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final SortableIds ids = new SortableIds(clock, new Random(7));
    final CareTeamGate gate;
    final ConsentDesk consentDesk;
    final WithdrawalDesk withdrawalDesk;

    ConsentDesks() {
        this(new InMemoryPatients());
    }

    /** The desks over the given patients' storage (one that races on purpose, say). */
    ConsentDesks(InMemoryPatients patients) {
        this.patients = patients;
        gate = new CareTeamGate(patients, agreements);
        consentDesk = new ConsentDesk(gate, patients, new ConsentRules(patients, files), audit, clock);
        withdrawalDesk = new WithdrawalDesk(gate, patients, withdrawals, queue, audit, ids, clock);
    }

    /**
     * A signed consent form for a renewal, scanned by {@code uploader} for the patient and uploaded now, as
     * {@code POST /consent-forms} with the patient's id and the PUT that follows leave it.
     */
    ConsentForm aScanUploaded(String patientId, Caller uploader) {
        ConsentForm form = aScanStarted(patientId, uploader);
        files.put(form.objectKey(), form.contentType(), 180_000L);
        return form;
    }

    /** A consent form's upload started for the patient, its file not sent (yet). */
    ConsentForm aScanStarted(String patientId, Caller uploader) {
        String formId = ids.next();
        ConsentForm form = new ConsentForm(formId, patientId, FileStore.patientKey(patientId, "consent-forms", formId),
                "application/pdf", uploader.userId(), clock.instant(), clock.instant().plus(Duration.ofDays(1)), false);
        patients.createConsentForm(form);
        return form;
    }
}
