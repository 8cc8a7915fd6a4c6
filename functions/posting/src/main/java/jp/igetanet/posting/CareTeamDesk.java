package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.network.Agreements;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A patient's care team (§13): its members see the patient and add or remove users of active facilities of the
 * patient's home network, or of a network whose collaboration agreement with it is in force (§4-4/5). The last
 * member stays.
 */
@Singleton
public class CareTeamDesk {

    private final PatientDesk patientDesk;
    private final Patients patients;
    private final UserAccounts accounts;
    private final Facilities facilities;
    private final Agreements agreements;
    private final AuditLog audit;
    private final Clock clock;

    public CareTeamDesk(PatientDesk patientDesk, Patients patients, UserAccounts accounts, Facilities facilities,
                        Agreements agreements, AuditLog audit, Clock clock) {
        this.agreements = agreements;
        this.patientDesk = patientDesk;
        this.patients = patients;
        this.accounts = accounts;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Member> team(Acting acting, String patientId) {
        PatientDesk.Admitted admitted = patientDesk.ofCareTeam(acting, patientId);
        Patient patient = admitted.patient();
        List<Member> team = patients.team(admitted.access()).stream().map(this::describe).toList();
        audit.record(acting.audited(AuditAction.CARE_TEAM_READ, AuditTarget.patient(patient.id()), clock.instant()));
        return team;
    }

    public Member add(Acting acting, String patientId, TeamMemberRequest request) {
        PatientDesk.Admitted admitted = patientDesk.ofCareTeam(acting, patientId);
        Patient patient = admitted.patient();
        FieldRules rules = new FieldRules();
        String userId = request.userId() == null ? "" : request.userId().strip();
        Optional<UserAccount> user = userId.isEmpty() ? Optional.empty() : accounts.find(userId);
        Optional<Facility> facility = user.flatMap(account -> facilities.find(account.facilityId()));
        boolean working = user.isPresent() && user.get().isActive() && facility.isPresent() && facility.get().isActive();
        rules.validation().check(working, "userId", "ユーザーIDが見つからないか、利用できない状態です。");
        rules.validation().check(!working || agreements.inForce(patient.networkId(), user.get().networkId()), "userId",
                "療養者の地域ネットワークと連携協定のない地域の利用者は、ケアチームに加えられません（第4条）。");
        rules.throwIfInvalid();
        if (patients.teamMember(admitted.access(), userId).isPresent()) {
            throw new ApiException(ErrorCode.CARE_TEAM_MEMBER_EXISTS);
        }
        Instant now = clock.instant();
        CareTeamMember member = new CareTeamMember(patient.id(), userId, user.get().facilityId(), user.get().networkId(),
                patient.networkId(), acting.userId(), now);
        patients.addMember(admitted.access(), member, patient.kana());
        audit.record(acting.audited(AuditAction.CARE_TEAM_MEMBER_ADDED, AuditTarget.patient(patient.id()), now));
        return new Member(member, user, facility);
    }

    public void remove(Acting acting, String patientId, String userId) {
        PatientDesk.Admitted admitted = patientDesk.ofCareTeam(acting, patientId);
        Patient patient = admitted.patient();
        if (userId == null || patients.teamMember(admitted.access(), userId).isEmpty()) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        if (!patients.removeMember(admitted.access(), userId)) {
            throw new ApiException(ErrorCode.LAST_CARE_TEAM_MEMBER);
        }
        audit.record(acting.audited(AuditAction.CARE_TEAM_MEMBER_REMOVED,
                AuditTarget.patient(patient.id()), clock.instant()));
    }

    private Member describe(CareTeamMember member) {
        Optional<UserAccount> user = accounts.find(member.userId());
        return new Member(member, user, user.flatMap(account -> facilities.find(account.facilityId())));
    }

    /** A member with the user's and facility's names, where they can still be read. */
    public record Member(CareTeamMember member, Optional<UserAccount> user, Optional<Facility> facility) {
    }
}
