package jp.igetanet.projects;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.project.ProjectKind;
import jp.igetanet.core.project.ProjectMember;
import jp.igetanet.core.project.ProjectRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.NISHIO;
import static jp.igetanet.core.caller.Callers.OKAZAKI;
import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.anotherNurseOfTheStation;
import static jp.igetanet.core.network.AgreementFixtures.anAgreementInForce;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectDeskTest {

    private final ProjectDesks desks = new ProjectDesks();
    private final ProjectDesk projectDesk = desks.projectDesk;

    private String anInvitationProjectOfTheNurse() {
        return desks.aProject(aVisitingNurse(), "褥瘡ケア勉強会", "invitation").project().id();
    }

    private String anOpenProjectOfTheNurse() {
        return desks.aProject(aVisitingNurse(), "西尾の在宅医療を語る会", "open").project().id();
    }

    private List<String> memberIds(String projectId, Caller seenBy) {
        return projectDesk.members(as(seenBy), projectId).members().stream().map(ProjectMember::userId).toList();
    }

    private Optional<ProjectRole> roleOf(String projectId, Caller user) {
        return desks.projects.member(projectId, user.userId()).map(ProjectMember::role);
    }

    @Test
    void aUserStartsAProjectOfTheirOwnNetworkAndOwnsIt() {
        ProjectGate.Access created = projectDesk.create(as(aVisitingNurse()),
                new ProjectRequest("褥瘡ケア勉強会", "月1回の症例検討", "training", null));

        Project project = created.project();
        assertEquals(NISHIO, project.networkId());
        assertEquals(Admission.INVITATION, project.admission());
        assertEquals(ProjectKind.TRAINING, project.kind());
        assertEquals(aVisitingNurse().userId(), project.ownerId());
        assertEquals(1, project.memberCount());
        assertEquals(Optional.of(ProjectRole.OWNER), created.role());
        assertEquals(aVisitingNurse().facility().name(), created.member().orElseThrow().facilityName());
        assertEquals(List.of(aVisitingNurse().userId()), memberIds(project.id(), aVisitingNurse()));
        AuditEvent audited = desks.audit.events().getFirst();
        assertEquals(AuditAction.PROJECT_CREATED, audited.action());
        assertEquals("project", audited.targetType());
        assertEquals(project.id(), audited.targetId());
    }

    @Test
    void onlyAnOperatorStartsANetworkWideProjectAndAdministersItWithoutAMemberList() {
        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> desks.aProject(aVisitingNurse(), "全員へのお知らせ", "network")));

        ProjectGate.Access created = desks.aProject(anOperator(), "事務局からのお知らせ", "network");

        assertEquals(Optional.of(ProjectRole.ADMINISTRATOR), created.role());
        assertEquals(0, created.project().memberCount());
        assertEquals(List.of(), memberIds(created.project().id(), aPharmacist()));
        assertEquals(Optional.of(ProjectRole.MEMBER), projectDesk.find(as(aPharmacist()), created.project().id()).role());
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() ->
                projectDesk.find(as(aNurseOfAnotherNetwork()), created.project().id())));
    }

    @Test
    void aProjectIsCheckedFieldByFieldAndNamesNoPatient() {
        assertEquals(List.of("name", "kind", "admission"), refusedFields(() -> projectDesk.create(as(aVisitingNurse()),
                new ProjectRequest(" ", null, "party", "secret"))));
        assertEquals(List.of("name", "description"), refusedFields(() -> projectDesk.create(as(aVisitingNurse()),
                new ProjectRequest("01KDPAT1AA0000000000000001 さんの件", "https://igeta.example/patients/x を参照",
                        "other", "open"))));
        assertTrue(desks.audit.events().isEmpty());
    }

    @Test
    void anInvitationProjectDoesNotExistForOutsidersTheOperatorIncluded() {
        String projectId = anInvitationProjectOfTheNurse();

        for (Caller outsider : List.of(aHomeDoctor(), anOperator(), aNurseOfAnotherNetwork())) {
            assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.find(as(outsider), projectId)));
            assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.add(as(outsider), projectId,
                    new ProjectMemberRequest(outsider.userId()))));
        }
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.find(as(aHomeDoctor()), "../projects")));
    }

    @Test
    void anOpenProjectIsSeenByTheNetworkAndJoinedByOneself() {
        String projectId = anOpenProjectOfTheNurse();

        ProjectGate.Access visiting = projectDesk.find(as(aHomeDoctor()), projectId);
        assertFalse(visiting.isMember());
        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_REQUIRED, refusal(() -> projectDesk.members(as(aHomeDoctor()),
                projectId)));
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.find(as(aNurseOfAnotherNetwork()), projectId)));

        ProjectMember joined = projectDesk.add(as(aHomeDoctor()), projectId,
                new ProjectMemberRequest(aHomeDoctor().userId()));

        assertEquals(ProjectRole.MEMBER, joined.role());
        assertEquals(aHomeDoctor().userId(), joined.addedBy());
        assertEquals(ErrorCode.PROJECT_MEMBER_EXISTS, refusal(() -> projectDesk.add(as(aHomeDoctor()), projectId,
                new ProjectMemberRequest(aHomeDoctor().userId()))));
        assertEquals(List.of(AuditAction.PROJECT_READ, AuditAction.PROJECT_JOINED), desks.audit.actionsBy(aHomeDoctor().userId()));
    }

    @Test
    void onlyTheOwnerAndAdministratorsAddOthersAndOnlyOnce() {
        String projectId = anOpenProjectOfTheNurse();
        projectDesk.add(as(aHomeDoctor()), projectId, new ProjectMemberRequest(aHomeDoctor().userId()));

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> projectDesk.add(as(aHomeDoctor()), projectId,
                new ProjectMemberRequest(aPharmacist().userId()))));
        desks.added(projectId, aVisitingNurse(), aPharmacist());
        assertEquals(ErrorCode.PROJECT_MEMBER_EXISTS, refusal(() -> desks.added(projectId, aVisitingNurse(),
                aPharmacist())));
        assertEquals(List.of("userId"), refusedFields(() -> projectDesk.add(as(aVisitingNurse()), projectId,
                new ProjectMemberRequest("nobody"))));
        assertEquals(3, projectDesk.find(as(aVisitingNurse()), projectId).project().memberCount());
        assertTrue(desks.audit.actionsBy(aVisitingNurse().userId()).contains(AuditAction.PROJECT_MEMBER_ADDED));
    }

    @Test
    void aUserOfAnotherNetworkTakesPartOnlyWhileTheAgreementIsInForce() {
        String projectId = anInvitationProjectOfTheNurse();
        assertEquals(List.of("userId"), refusedFields(() -> desks.added(projectId, aVisitingNurse(),
                aNurseOfAnotherNetwork())));

        Agreement agreement = anAgreementInForce(desks.agreements, "01KDAGR1AA0000000000000001", NISHIO, OKAZAKI);
        desks.added(projectId, aVisitingNurse(), aNurseOfAnotherNetwork());
        assertEquals(Optional.of(ProjectRole.MEMBER), projectDesk.find(as(aNurseOfAnotherNetwork()), projectId).role());
        assertEquals(1, projectDesk.mine(as(aNurseOfAnotherNetwork()), Optional.empty(), 20).items().size());

        desks.agreements.end(agreement.ended("nishio-operator", ProjectDesks.NOW));
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.find(as(aNurseOfAnotherNetwork()), projectId)));
        assertEquals(List.of(), projectDesk.mine(as(aNurseOfAnotherNetwork()), Optional.empty(), 20).items());
    }

    @Test
    void aStaleChangeIsAConflict() {
        String projectId = anOpenProjectOfTheNurse();
        desks.clock.advance(Duration.ofHours(1));

        ProjectGate.Access changed = projectDesk.change(as(aVisitingNurse()), projectId,
                new ProjectChangeRequest(1L, null, "", "community_care_meeting", "invitation"));

        assertEquals(2, changed.project().version());
        assertEquals(Admission.INVITATION, changed.project().admission());
        assertEquals(ProjectKind.COMMUNITY_CARE_MEETING, changed.project().kind());
        assertEquals("西尾の在宅医療を語る会", changed.project().name());
        assertEquals(ErrorCode.CONFLICT, refusal(() -> projectDesk.change(as(aVisitingNurse()), projectId,
                new ProjectChangeRequest(1L, "新しい名前", null, null, null))));
        assertEquals(List.of("version"), refusedFields(() -> projectDesk.change(as(aVisitingNurse()), projectId,
                new ProjectChangeRequest(null, "新しい名前", null, null, null))));
        assertEquals(List.of("admission"), refusedFields(() -> projectDesk.change(as(aVisitingNurse()), projectId,
                new ProjectChangeRequest(2L, null, null, null, "network"))));
        assertEquals(List.of(), projectDesk.open(as(aHomeDoctor()), Optional.empty(), 20).items());
    }

    @Test
    void onlyTheOwnerAndAdministratorsChangeAProject() {
        String projectId = anInvitationProjectOfTheNurse();
        desks.added(projectId, aVisitingNurse(), aHomeDoctor());

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> projectDesk.change(as(aHomeDoctor()), projectId,
                new ProjectChangeRequest(1L, "乗っ取り", null, null, null))));
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.change(as(aPharmacist()), projectId,
                new ProjectChangeRequest(1L, "乗っ取り", null, null, null))));
    }

    @Test
    void theOwnerHandsTheOwnershipOnAndThenAdministers() {
        String projectId = anInvitationProjectOfTheNurse();
        desks.added(projectId, aVisitingNurse(), aHomeDoctor());

        ProjectMember newOwner = projectDesk.changeRole(as(aVisitingNurse()), projectId, aHomeDoctor().userId(),
                new ProjectRoleRequest("owner"));

        assertEquals(ProjectRole.OWNER, newOwner.role());
        assertEquals(aHomeDoctor().userId(), desks.projects.find(projectId).orElseThrow().ownerId());
        assertEquals(Optional.of(ProjectRole.ADMINISTRATOR), roleOf(projectId, aVisitingNurse()));
        assertEquals(List.of(aHomeDoctor().userId(), aVisitingNurse().userId()), memberIds(projectId, aVisitingNurse()));
        assertTrue(desks.audit.actionsBy(aVisitingNurse().userId()).contains(AuditAction.PROJECT_OWNERSHIP_HANDED_OVER));
        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> projectDesk.changeRole(as(aVisitingNurse()), projectId,
                aHomeDoctor().userId(), new ProjectRoleRequest("member"))));
    }

    @Test
    void onlyTheOwnerGivesRolesAndNotToThemselves() {
        String projectId = anInvitationProjectOfTheNurse();
        desks.added(projectId, aVisitingNurse(), aHomeDoctor(), aPharmacist());
        projectDesk.changeRole(as(aVisitingNurse()), projectId, aHomeDoctor().userId(),
                new ProjectRoleRequest("administrator"));

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> projectDesk.changeRole(as(aHomeDoctor()), projectId,
                aPharmacist().userId(), new ProjectRoleRequest("administrator"))));
        assertEquals(ErrorCode.PROJECT_OWNER_STAYS, refusal(() -> projectDesk.changeRole(as(aVisitingNurse()),
                projectId, aVisitingNurse().userId(), new ProjectRoleRequest("member"))));
        assertEquals(List.of("role"), refusedFields(() -> projectDesk.changeRole(as(aVisitingNurse()), projectId,
                aPharmacist().userId(), new ProjectRoleRequest("chair"))));
        assertEquals(ErrorCode.USER_UNKNOWN, refusal(() -> projectDesk.changeRole(as(aVisitingNurse()), projectId,
                anotherNurseOfTheStation().userId(), new ProjectRoleRequest("member"))));
        assertEquals(Optional.of(ProjectRole.ADMINISTRATOR), roleOf(projectId, aHomeDoctor()));
    }

    @Test
    void membersLeaveAdministratorsRemoveAndTheOwnerStays() {
        String projectId = anInvitationProjectOfTheNurse();
        desks.added(projectId, aVisitingNurse(), aHomeDoctor(), aPharmacist(), anotherNurseOfTheStation());
        projectDesk.changeRole(as(aVisitingNurse()), projectId, aHomeDoctor().userId(),
                new ProjectRoleRequest("administrator"));

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> projectDesk.remove(as(aPharmacist()), projectId,
                anotherNurseOfTheStation().userId())));
        projectDesk.remove(as(aPharmacist()), projectId, aPharmacist().userId());
        projectDesk.remove(as(aHomeDoctor()), projectId, anotherNurseOfTheStation().userId());
        assertEquals(ErrorCode.PROJECT_OWNER_STAYS, refusal(() -> projectDesk.remove(as(aHomeDoctor()), projectId,
                aVisitingNurse().userId())));
        assertEquals(ErrorCode.PROJECT_OWNER_STAYS, refusal(() -> projectDesk.remove(as(aVisitingNurse()), projectId,
                aVisitingNurse().userId())));
        assertEquals(ErrorCode.USER_UNKNOWN, refusal(() -> projectDesk.remove(as(aHomeDoctor()), projectId,
                aPharmacist().userId())));

        assertEquals(List.of(aVisitingNurse().userId(), aHomeDoctor().userId()), memberIds(projectId, aHomeDoctor()));
        assertEquals(2, desks.projects.find(projectId).orElseThrow().memberCount());
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> projectDesk.find(as(aPharmacist()), projectId)));
        assertEquals(List.of(AuditAction.PROJECT_LEFT), desks.audit.actionsBy(aPharmacist().userId()));
        assertTrue(desks.audit.actionsBy(aHomeDoctor().userId()).contains(AuditAction.PROJECT_MEMBER_REMOVED));
    }

    @Test
    void theMembersOfANetworkWideProjectAreFixed() {
        String projectId = desks.aProject(anOperator(), "事務局からのお知らせ", "network").project().id();

        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_FIXED, refusal(() -> projectDesk.add(as(aVisitingNurse()), projectId,
                new ProjectMemberRequest(aVisitingNurse().userId()))));
        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_FIXED, refusal(() -> projectDesk.remove(as(aVisitingNurse()),
                projectId, aVisitingNurse().userId())));
        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_FIXED, refusal(() -> projectDesk.changeRole(as(anOperator()),
                projectId, aVisitingNurse().userId(), new ProjectRoleRequest("administrator"))));
    }

    @Test
    void myListHasTheNetworkWideProjectsFirstThenMineNewestFirstWithUnreadPosts() {
        String announcements = desks.aProject(anOperator(), "事務局からのお知らせ", "network").project().id();
        desks.clock.advance(Duration.ofMinutes(1));
        String older = anInvitationProjectOfTheNurse();
        desks.clock.advance(Duration.ofMinutes(1));
        String newer = desks.aProject(aHomeDoctor(), "在宅看取りの振り返り", "invitation").project().id();
        desks.added(newer, aHomeDoctor(), aVisitingNurse());
        desks.postDesk.create(as(aHomeDoctor()), newer, new ProjectPostRequest("次回は1月です", null, null, null, null));
        desks.postDesk.create(as(anOperator()), announcements,
                new ProjectPostRequest("年末年始の連絡体制について", null, null, null, null));

        ProjectDesk.Listing mine = projectDesk.mine(as(aVisitingNurse()), Optional.empty(), 20);

        assertEquals(List.of(announcements, newer, older), mine.items().stream()
                .map(listed -> listed.project().id()).toList());
        assertEquals(List.of(1L, 1L, 0L), mine.items().stream().map(ProjectDesk.Listed::unread).toList());
        assertEquals(List.of(Optional.of(ProjectRole.MEMBER), Optional.of(ProjectRole.MEMBER),
                Optional.of(ProjectRole.OWNER)), mine.items().stream().map(ProjectDesk.Listed::role).toList());

        ProjectDesk.Listing firstPage = projectDesk.mine(as(aVisitingNurse()), Optional.empty(), 1);
        assertEquals(Optional.of(newer), firstPage.afterProjectId());
        assertEquals(List.of(older), projectDesk.mine(as(aVisitingNurse()), firstPage.afterProjectId(), 1).items()
                .stream().map(listed -> listed.project().id()).toList());
    }

    @Test
    void theOpenListShowsTheNetworksOpenProjectsNewestFirstWithTheCallersRole() {
        String first = anOpenProjectOfTheNurse();
        desks.clock.advance(Duration.ofMinutes(1));
        String second = desks.aProject(aPharmacist(), "お薬相談会", "open").project().id();
        desks.aProject(aHomeDoctor(), "非公開の会", "invitation");
        projectDesk.add(as(aHomeDoctor()), first, new ProjectMemberRequest(aHomeDoctor().userId()));

        ProjectDesk.Listing open = projectDesk.open(as(aHomeDoctor()), Optional.empty(), 20);

        assertEquals(List.of(second, first), open.items().stream().map(listed -> listed.project().id()).toList());
        assertEquals(List.of(Optional.empty(), Optional.of(ProjectRole.MEMBER)),
                open.items().stream().map(ProjectDesk.Listed::role).toList());
        assertEquals(List.of(), projectDesk.open(as(aNurseOfAnotherNetwork()), Optional.empty(), 20).items());
    }
}
