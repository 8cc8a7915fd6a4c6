package jp.igetanet.posting;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Patient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.NISHIO;
import static jp.igetanet.core.caller.Callers.OKAZAKI;
import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.aFacility;
import static jp.igetanet.core.caller.Callers.aUser;
import static jp.igetanet.core.caller.Callers.enrol;
import static jp.igetanet.core.caller.Callers.withStatus;
import static jp.igetanet.core.network.AgreementFixtures.aProposedAgreement;
import static jp.igetanet.core.network.AgreementFixtures.anAgreementInForce;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CareTeamDeskTest {

    private final RecordDesks desks = new RecordDesks();
    private final CareTeamDesk careTeam = desks.careTeamDesk;
    private final Patient aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

    private CareTeamDesk.Member add(Caller by, Caller user) {
        return careTeam.add(as(by), aoki.id(), new TeamMemberRequest(user.userId()));
    }

    private List<String> teamSeenBy(Caller member) {
        return careTeam.team(as(member), aoki.id()).stream().map(seen -> seen.member().userId()).toList();
    }

    @Test
    void theTeamIsListedWithEachMembersNameAndFacility() {
        List<CareTeamDesk.Member> team = careTeam.team(as(aVisitingNurse()), aoki.id());

        assertEquals(List.of(aHomeDoctor().userId(), aVisitingNurse().userId()),
                team.stream().map(member -> member.member().userId()).toList());
        assertEquals(aHomeDoctor().account().name(), team.getFirst().user().orElseThrow().name());
        assertEquals(aHomeDoctor().facility().name(), team.getFirst().facility().orElseThrow().name());
        assertEquals(List.of(AuditAction.CARE_TEAM_READ), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aMemberAddsAUserOfTheNetworkWhoFromThenOnSeesThePatient() {
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(aPharmacist()), aoki.id())));

        CareTeamDesk.Member added = add(aHomeDoctor(), aPharmacist());

        assertEquals(new CareTeamMember(aoki.id(), aPharmacist().userId(), aPharmacist().facilityId(), NISHIO, NISHIO,
                aHomeDoctor().userId(), RecordDesks.NOW), added.member());
        assertEquals(aoki, desks.patientDesk.find(as(aPharmacist()), aoki.id()));
        assertEquals(List.of(aoki.id()), desks.patientDesk.list(as(aPharmacist()), Optional.empty(), Optional.empty(),
                20).items().stream().map(listed -> listed.patient().id()).toList());
        assertEquals(List.of(AuditAction.CARE_TEAM_MEMBER_ADDED), desks.audit.actionsBy(aHomeDoctor().userId()));
    }

    @Test
    void aUserWhoIsUnknownSuspendedOrOfAnInactiveFacilityIsRefusedAsAField() {
        Caller suspended = withStatus(aPharmacist(), UserStatus.SUSPENDED);
        desks.accounts.put(suspended.account());
        Caller ofASuspendedOffice = aUser("kaede-helper", aFacility("fac-kaede", NISHIO, "かえで訪問介護",
                "カエデホウモンカイゴ", FacilityKind.HOME_HELP_SERVICE), "楓 次郎", "カエデ ジロウ", Profession.CARE_WORKER,
                Role.MEMBER);
        enrol(desks.accounts, desks.facilities, ofASuspendedOffice);
        desks.facilities.update(ofASuspendedOffice.facility().withStatus(FacilityStatus.SUSPENDED, RecordDesks.NOW), 1);

        for (String userId : List.of("nobody", " ", suspended.userId(), ofASuspendedOffice.userId())) {
            assertEquals(List.of("userId"), refusedFields(() -> careTeam.add(as(aVisitingNurse()), aoki.id(),
                    new TeamMemberRequest(userId))));
        }
        assertEquals(List.of("userId"), refusedFields(() -> careTeam.add(as(aVisitingNurse()), aoki.id(),
                new TeamMemberRequest(null))));
        assertEquals(2, teamSeenBy(aVisitingNurse()).size());
    }

    @Test
    void aUserOfAnotherNetworkJoinsOnlyUnderAnAgreementInForce() {
        assertEquals(List.of("userId"), refusedFields(() -> add(aVisitingNurse(), aNurseOfAnotherNetwork())));
        desks.agreements.propose(aProposedAgreement("01KDAGR1AA0000000000000001", OKAZAKI, NISHIO));
        assertEquals(List.of("userId"), refusedFields(() -> add(aVisitingNurse(), aNurseOfAnotherNetwork())));

        desks.agreements.end(aProposedAgreement("01KDAGR1AA0000000000000001", OKAZAKI, NISHIO)
                .ended("okazaki-operator", RecordDesks.NOW));
        anAgreementInForce(desks.agreements, "01KDAGR1AA0000000000000002", OKAZAKI, NISHIO);
        CareTeamDesk.Member added = add(aVisitingNurse(), aNurseOfAnotherNetwork());

        assertEquals(OKAZAKI, added.member().networkId());
        assertEquals(NISHIO, added.member().patientNetworkId());
        assertEquals(aoki.id(), desks.patientDesk.find(as(aNurseOfAnotherNetwork()), aoki.id()).id());
    }

    @Test
    void addingAMemberTwiceIsAConflict() {
        assertEquals(ErrorCode.CARE_TEAM_MEMBER_EXISTS, refusal(() -> add(aVisitingNurse(), aHomeDoctor())));
    }

    @Test
    void aRemovedMemberGetsNotFoundFromThenOn() {
        careTeam.remove(as(aVisitingNurse()), aoki.id(), aHomeDoctor().userId());

        assertEquals(List.of(aVisitingNurse().userId()), teamSeenBy(aVisitingNurse()));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(aHomeDoctor()), aoki.id())));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> careTeam.team(as(aHomeDoctor()), aoki.id())));
        assertEquals(List.of(), desks.patientDesk.list(as(aHomeDoctor()), Optional.empty(), Optional.empty(), 20)
                .items());
        assertEquals(List.of(AuditAction.CARE_TEAM_MEMBER_REMOVED, AuditAction.CARE_TEAM_READ),
                desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aMemberMayLeaveButTheLastMemberCannot() {
        careTeam.remove(as(aHomeDoctor()), aoki.id(), aHomeDoctor().userId());

        assertEquals(ErrorCode.LAST_CARE_TEAM_MEMBER, refusal(() ->
                careTeam.remove(as(aVisitingNurse()), aoki.id(), aVisitingNurse().userId())));
        assertEquals(List.of(aVisitingNurse().userId()), teamSeenBy(aVisitingNurse()));
    }

    @Test
    void removingSomeoneNotInTheTeamIsAnUnknownUser() {
        assertEquals(ErrorCode.USER_UNKNOWN, refusal(() ->
                careTeam.remove(as(aVisitingNurse()), aoki.id(), aPharmacist().userId())));
        assertEquals(ErrorCode.USER_UNKNOWN, refusal(() -> careTeam.remove(as(aVisitingNurse()), aoki.id(), null)));
    }

    @Test
    void outsidersCannotReadAddOrRemoveAndLearnNothing() {
        for (Caller outsider : List.of(aPharmacist(), anOperator(), aNurseOfAnotherNetwork())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> careTeam.team(as(outsider), aoki.id())));
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> add(outsider, outsider)));
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                    careTeam.remove(as(outsider), aoki.id(), aHomeDoctor().userId())));
        }
        assertEquals(2, teamSeenBy(aVisitingNurse()).size());
    }
}
