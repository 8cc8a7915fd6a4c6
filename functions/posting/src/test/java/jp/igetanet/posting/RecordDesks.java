package jp.igetanet.posting;

import jp.igetanet.core.account.InMemoryUserAccounts;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.InMemoryAuditLog;
import jp.igetanet.core.caller.Callers;
import jp.igetanet.core.facility.InMemoryFacilities;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.InMemoryAgreements;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.ConsentRules;
import jp.igetanet.core.patient.InMemoryPatients;
import jp.igetanet.core.record.InMemoryPosts;
import jp.igetanet.core.storage.InMemoryFileStore;
import jp.igetanet.core.time.MutableClock;

import java.time.Instant;
import java.util.Random;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.anotherNurseOfTheStation;

/**
 * The record's desks as the function wires them, over in-memory storage, at a fixed time (10:00 in Japan on
 * 7 December 2026), with the named callers enrolled as users of their facilities.
 */
final class RecordDesks {

    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPatients patients;
    final InMemoryPosts posts = new InMemoryPosts();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryFileStore files = new InMemoryFileStore();
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final InMemoryFacilities facilities = new InMemoryFacilities();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final SortableIds ids = new SortableIds(clock, new Random(7));
    final CareTeamGate gate;
    final PatientDesk patientDesk;
    final PostDesk postDesk;
    final CareTeamDesk careTeamDesk;
    final AttachmentDesk attachmentDesk;

    RecordDesks() {
        this(new InMemoryPatients());
    }

    /** The desks over the given patients' storage (one that fails on purpose, say). */
    RecordDesks(InMemoryPatients patients) {
        this.patients = patients;
        gate = new CareTeamGate(patients, agreements);
        patientDesk = new PatientDesk(patients, files, new ConsentRules(patients, files), gate, audit, ids, clock);
        postDesk = new PostDesk(gate, posts, patients, files, audit, ids, clock);
        careTeamDesk = new CareTeamDesk(patientDesk, patients, accounts, facilities, agreements, audit, clock);
        attachmentDesk = new AttachmentDesk(gate, posts, files, audit, ids, clock);
        Callers.enrol(accounts, facilities, aVisitingNurse(), anotherNurseOfTheStation(),
                aHomeDoctor(), aPharmacist(), anOperator(), aNurseOfAnotherNetwork());
    }

    /** The last event audited. */
    AuditEvent lastAudited() {
        return audit.events().getLast();
    }
}
