package jp.igetanet.projects;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Agreements;
import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.project.ProjectKind;
import jp.igetanet.core.project.ProjectMember;
import jp.igetanet.core.project.ProjectRole;
import jp.igetanet.core.project.Projects;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Projects (§2) and their members: any active user starts a project of their own network and owns it; the network's
 * operators start network-wide ones whose members are all its users. The owner and administrators add and remove
 * members — users of the network, or of a network whose collaboration agreement is in force (§4-4/5) — users join open
 * projects themselves and leave any but a network-wide one; the owner stays until they hand the ownership on.
 */
@Singleton
public class ProjectDesk {

    private final ProjectGate gate;
    private final Projects projects;
    private final UserAccounts accounts;
    private final Facilities facilities;
    private final Agreements agreements;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public ProjectDesk(ProjectGate gate, Projects projects, UserAccounts accounts, Facilities facilities,
                       Agreements agreements, AuditLog audit, SortableIds ids, Clock clock) {
        this.gate = gate;
        this.projects = projects;
        this.accounts = accounts;
        this.facilities = facilities;
        this.agreements = agreements;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A new project of the caller's network, owned by the caller; the creator of a network-wide one administers it as
     * every operator of the network does.
     */
    public ProjectGate.Access create(Acting acting, ProjectRequest request) {
        FieldRules rules = new FieldRules();
        ProjectForm form = new ProjectForm(rules);
        String name = form.name(request.name());
        String description = form.description(request.description());
        ProjectKind kind = form.kind(request.kind());
        Admission admission = request.admission() == null ? Admission.INVITATION : form.admission(request.admission());
        rules.throwIfInvalid();
        if (admission == Admission.NETWORK && !acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        Instant now = clock.instant();
        Project project = new Project(ids.next(), acting.networkId(), name, description, kind, admission,
                acting.userId(), acting.userId(), now, now, 1, 0, 0, List.of());
        projects.create(project);
        ProjectGate.Access created = new ProjectGate.Access(project,
                Optional.of(ProjectGate.networkWideRole(acting.caller())), Optional.empty());
        if (!project.isNetworkWide()) {
            Caller caller = acting.caller();
            ProjectMember owner = memberOf(project, caller.account(), Optional.of(caller.facility()), ProjectRole.OWNER,
                    caller.userId(), now);
            projects.addMember(owner);
            created = new ProjectGate.Access(project.withMemberCount(1), Optional.of(ProjectRole.OWNER), Optional.of(owner));
        }
        audit.record(acting.audited(AuditAction.PROJECT_CREATED, AuditTarget.project(project.id()), now));
        return created;
    }

    /**
     * The caller's projects with their unread posts: on the first page the network-wide ones of the caller's network,
     * then those the caller is a member of, newest first. A project of another network stays listed only while the
     * networks' agreement is in force.
     */
    public Listing mine(Acting acting, Optional<String> afterProjectId, int limit) {
        List<Listed> page = new ArrayList<>();
        if (afterProjectId.isEmpty()) {
            List<Project> everyone = projects.networkWide(acting.networkId());
            Map<String, Long> reads = everyone.isEmpty() ? Map.of()
                    : projects.readsInNetworkWide(everyone.stream().map(Project::id).toList(), acting.userId());
            everyone.forEach(project -> page.add(new Listed(project, Optional.of(ProjectGate.networkWideRole(acting.caller())),
                    project.unread(0, reads.getOrDefault(project.id(), 0L)))));
        }
        List<ProjectMember> memberships = projects.memberships(acting.userId(), afterProjectId.filter(SortableIds::isWellFormed), limit);
        Map<String, Project> found = projects.findAll(memberships.stream().map(ProjectMember::projectId).toList()).stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
        Map<String, Boolean> admitted = new HashMap<>();
        memberships.stream().filter(member -> found.containsKey(member.projectId())).forEach(member -> {
            Project project = found.get(member.projectId());
            if (admitted.computeIfAbsent(project.networkId(), network -> agreements.inForce(network, acting.networkId()))) {
                page.add(new Listed(project, Optional.of(member.role()), project.unread(member.postsBefore(), member.reads())));
            }
        });
        audit.record(acting.audited(AuditAction.PROJECTS_LISTED, AuditTarget.user(acting.userId()), clock.instant()));
        return new Listing(page, memberships.size() == limit ? Optional.of(memberships.getLast().projectId())
                : Optional.empty());
    }

    /** The open projects of the caller's network, newest first, with the caller's role where the caller is in one. */
    public Listing open(Acting acting, Optional<String> afterProjectId, int limit) {
        List<Project> open = projects.open(acting.networkId(), afterProjectId.filter(SortableIds::isWellFormed), limit);
        Map<String, ProjectRole> roles = projects.rolesOf(open.stream().map(Project::id).toList(), acting.userId());
        List<Listed> page = open.stream().map(project -> new Listed(project,
                Optional.ofNullable(roles.get(project.id())), null)).toList();
        audit.record(acting.audited(AuditAction.PROJECTS_LISTED, AuditTarget.user(acting.userId()), clock.instant()));
        return new Listing(page, open.size() == limit ? Optional.of(open.getLast().id()) : Optional.empty());
    }

    /** One page of projects, and where the next page starts if there may be one. */
    public record Listing(List<Listed> items, Optional<String> afterProjectId) {
    }

    /** A project with the caller's role in it (none: not a member) and, in the caller's list, the posts unread. */
    public record Listed(Project project, Optional<ProjectRole> role, Long unread) {
    }

    public ProjectGate.Access find(Acting acting, String projectId) {
        ProjectGate.Access access = gate.visible(acting.caller(), projectId);
        audit.record(acting.audited(AuditAction.PROJECT_READ,
                AuditTarget.project(access.project().id()), clock.instant()));
        return access;
    }

    /** Changes a project's details on the version read (409 when stale); open and invitation may swap. */
    public ProjectGate.Access change(Acting acting, String projectId, ProjectChangeRequest request) {
        ProjectGate.Access access = gate.administrator(acting.caller(), projectId);
        Project project = access.project();
        FieldRules rules = new FieldRules();
        ProjectForm form = new ProjectForm(rules);
        rules.validation().check(request.version() != null, "version", "変更の元にした版（version）を指定してください。");
        String name = request.name() == null ? project.name() : form.name(request.name());
        String description = request.description() == null ? project.description() : form.description(request.description());
        ProjectKind kind = request.kind() == null ? project.kind() : form.kind(request.kind());
        Admission admission = request.admission() == null ? project.admission() : form.admission(request.admission());
        rules.validation().check(admission == null || (admission == Admission.NETWORK) == project.isNetworkWide(),
                "admission", "地域の全利用者のプロジェクトと、それ以外のプロジェクトの間では変更できません。");
        rules.throwIfInvalid();
        if (request.version() != project.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        Instant now = clock.instant();
        Project changed = project.changed(name, description, kind, admission, now);
        projects.change(changed, project.version());
        audit.record(acting.audited(AuditAction.PROJECT_CHANGED, AuditTarget.project(project.id()), now));
        return new ProjectGate.Access(changed, access.role(), access.member());
    }

    /** The members, owner first; a network-wide project's members are all users of the network, listed as none. */
    public Members members(Acting acting, String projectId) {
        ProjectGate.Access access = gate.member(acting.caller(), projectId);
        List<ProjectMember> members = access.project().isNetworkWide() ? List.of()
                : projects.members(access.project().id()).stream()
                .sorted(java.util.Comparator.comparing((ProjectMember member) -> member.role().ordinal())
                        .thenComparing(ProjectMember::addedAt)).toList();
        audit.record(acting.audited(AuditAction.PROJECT_MEMBERS_READ,
                AuditTarget.project(access.project().id()), clock.instant()));
        return new Members(access.project(), members);
    }

    /** A project's members, or none listed for a network-wide project. */
    public record Members(Project project, List<ProjectMember> members) {
    }

    /**
     * Adds a member: the caller themselves joining an open project, or a user added by the owner or an administrator.
     * The user must be active, of an active facility, of the project's network or of one whose agreement is in force.
     */
    public ProjectMember add(Acting acting, String projectId, ProjectMemberRequest request) {
        ProjectGate.Access access = gate.visible(acting.caller(), projectId);
        Project project = access.project();
        String userId = request.userId() == null ? "" : request.userId().strip();
        if (project.isNetworkWide()) {
            throw new ApiException(ErrorCode.PROJECT_MEMBERSHIP_FIXED);
        }
        // a visitor sees only open projects: adding oneself there is joining
        boolean joining = userId.equals(acting.userId());
        if (joining && access.isMember()) {
            throw new ApiException(ErrorCode.PROJECT_MEMBER_EXISTS);
        }
        if (!joining) {
            access.asAdministrator();
        }
        FieldRules rules = new FieldRules();
        Optional<UserAccount> user = userId.isEmpty() ? Optional.empty() : accounts.find(userId);
        Optional<Facility> facility = user.flatMap(account -> facilities.find(account.facilityId()));
        boolean working = user.isPresent() && user.get().isActive() && facility.isPresent() && facility.get().isActive();
        rules.validation().check(working, "userId", "ユーザーIDが見つからないか、利用できない状態です。");
        rules.validation().check(!working || agreements.inForce(project.networkId(), user.get().networkId()), "userId",
                "プロジェクトの地域ネットワークと連携協定のない地域の利用者は、メンバーに加えられません（第4条）。");
        rules.throwIfInvalid();
        Instant now = clock.instant();
        ProjectMember member = memberOf(project, user.get(), facility, ProjectRole.MEMBER, acting.userId(), now);
        projects.addMember(member);
        audit.record(acting.audited(joining ? AuditAction.PROJECT_JOINED : AuditAction.PROJECT_MEMBER_ADDED,
                AuditTarget.project(project.id()), now));
        return member;
    }

    /** Changes a member's role, the owner's to give: {@code owner} hands the ownership on, the former owner administering. */
    public ProjectMember changeRole(Acting acting, String projectId, String userId, ProjectRoleRequest request) {
        ProjectGate.Access access = gate.member(acting.caller(), projectId);
        Project project = access.project();
        if (project.isNetworkWide()) {
            throw new ApiException(ErrorCode.PROJECT_MEMBERSHIP_FIXED);
        }
        if (!access.owns()) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        FieldRules rules = new FieldRules();
        ProjectRole role = rules.code(request.role(), "role", ProjectRole::fromCode,
                "役割は owner, administrator, member のいずれかです。");
        rules.throwIfInvalid();
        ProjectMember member = memberNamed(project, userId);
        if (member.userId().equals(acting.userId())) {
            throw new ApiException(ErrorCode.PROJECT_OWNER_STAYS);
        }
        Instant now = clock.instant();
        if (role == ProjectRole.OWNER) {
            projects.handOver(project.id(), acting.userId(), member.userId());
        } else if (!projects.changeRole(project.id(), member.userId(), role)) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        audit.record(acting.audited(role == ProjectRole.OWNER ? AuditAction.PROJECT_OWNERSHIP_HANDED_OVER
                : AuditAction.PROJECT_MEMBER_ROLE_CHANGED, AuditTarget.project(project.id()), now));
        return member.withRole(role);
    }

    /** Removes a member (the owner or an administrator), or the caller leaves; the owner stays. */
    public void remove(Acting acting, String projectId, String userId) {
        ProjectGate.Access access = gate.member(acting.caller(), projectId);
        Project project = access.project();
        if (project.isNetworkWide()) {
            throw new ApiException(ErrorCode.PROJECT_MEMBERSHIP_FIXED);
        }
        boolean leaving = acting.userId().equals(userId);
        if (!leaving && !access.administers()) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        ProjectMember member = memberNamed(project, userId);
        if (member.role() == ProjectRole.OWNER) {
            throw new ApiException(ErrorCode.PROJECT_OWNER_STAYS);
        }
        if (!projects.removeMember(project.id(), member.userId())) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        audit.record(acting.audited(leaving ? AuditAction.PROJECT_LEFT : AuditAction.PROJECT_MEMBER_REMOVED,
                AuditTarget.project(project.id()), clock.instant()));
    }

    private ProjectMember memberNamed(Project project, String userId) {
        return Optional.ofNullable(userId).flatMap(id -> projects.member(project.id(), id))
                .orElseThrow(() -> new ApiException(ErrorCode.USER_UNKNOWN));
    }

    /** A new member as the user and facility are now; counted as having read what was posted before. */
    private static ProjectMember memberOf(Project project, UserAccount user, Optional<Facility> facility,
                                          ProjectRole role, String addedBy, Instant at) {
        return new ProjectMember(project.id(), user.userId(), user.name(), user.profession().label(), user.facilityId(),
                facility.map(Facility::name).orElse(null), user.networkId(), role, addedBy, at, project.postCount(), 0);
    }
}
