package jp.igetanet.projects;

import jp.igetanet.core.account.InMemoryUserAccounts;
import jp.igetanet.core.audit.InMemoryAuditLog;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.Callers;
import jp.igetanet.core.facility.InMemoryFacilities;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.InMemoryAgreements;
import jp.igetanet.core.project.InMemoryProjectPosts;
import jp.igetanet.core.project.InMemoryProjects;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.storage.InMemoryFileStore;
import jp.igetanet.core.time.MutableClock;

import java.time.Instant;
import java.util.Random;

import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.anotherNurseOfTheStation;

/**
 * The projects function's desks as it wires them, over in-memory storage, at 10:00 in Japan on 7 December 2026, with
 * the named callers enrolled as users of their facilities.
 */
final class ProjectDesks {

    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryProjects projects = new InMemoryProjects();
    final InMemoryProjectPosts posts = new InMemoryProjectPosts();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryFileStore files = new InMemoryFileStore();
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final InMemoryFacilities facilities = new InMemoryFacilities();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final SortableIds ids = new SortableIds(clock, new Random(7));
    final ProjectGate gate = new ProjectGate(projects, agreements);
    final ProjectDesk projectDesk = new ProjectDesk(gate, projects, accounts, facilities, agreements, audit, ids, clock);
    final ProjectPostDesk postDesk = new ProjectPostDesk(gate, projects, posts, files, audit, ids, clock);
    final ProjectAttachmentDesk attachmentDesk = new ProjectAttachmentDesk(gate, posts, files, audit, ids, clock);

    ProjectDesks() {
        Callers.enrol(accounts, facilities, aVisitingNurse(), anotherNurseOfTheStation(), aHomeDoctor(), aPharmacist(),
                anOperator(), aNurseOfAnotherNetwork());
    }

    /** A project started by {@code owner}: name, kind and admission as given. */
    ProjectGate.Access aProject(Caller owner, String name, String admission) {
        return projectDesk.create(as(owner), new ProjectRequest(name, null, "information_exchange", admission));
    }

    /** Adds each user to the project, as its owner or administrator {@code by}. */
    void added(String projectId, Caller by, Caller... users) {
        for (Caller user : users) {
            projectDesk.add(as(by), projectId, new ProjectMemberRequest(user.userId()));
        }
    }
}
