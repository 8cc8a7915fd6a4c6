package jp.igetanet.core.project;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Agreements;

import java.util.Optional;

/**
 * The access rule of projects, decided in one place from one read (the project and the caller's member item
 * together). Members are those with a member item — of the project's network, or of a network whose collaboration
 * agreement with it is in force (§4-4/5) — and, in a network-wide project, every user of the network, its
 * operators administering it. A user of the network who is not a member sees an open project's summary and may join;
 * to everyone else a project does not exist (404), the operator included.
 */
@Singleton
public class ProjectGate {

    private final Projects projects;
    private final Agreements agreements;

    public ProjectGate(Projects projects, Agreements agreements) {
        this.projects = projects;
        this.agreements = agreements;
    }

    /** The caller's place in a project: a role when a member, none when only visiting an open project. */
    public record Access(Project project, Optional<ProjectRole> role, Optional<ProjectMember> member) {

        public boolean isMember() {
            return role.isPresent();
        }

        public boolean administers() {
            return role.filter(ProjectRole::administers).isPresent();
        }

        public boolean owns() {
            return role.filter(ProjectRole.OWNER::equals).isPresent();
        }

        /** This access if the caller is a member; 403 {@code PROJECT_MEMBERSHIP_REQUIRED} for a visitor. */
        public Access asMember() {
            if (!isMember()) {
                throw new ApiException(ErrorCode.PROJECT_MEMBERSHIP_REQUIRED);
            }
            return this;
        }

        /** This access if the caller administers the project; 403 for other members and visitors. */
        public Access asAdministrator() {
            if (!asMember().administers()) {
                throw new ApiException(ErrorCode.FORBIDDEN);
            }
            return this;
        }
    }

    /** A project the caller may see: a member's, or an open one of the caller's network; 404 otherwise. */
    public Access visible(Caller caller, String projectId) {
        return Optional.ofNullable(projectId).filter(SortableIds::isWellFormed)
                .flatMap(id -> projects.standing(id, caller.userId()))
                .flatMap(standing -> access(caller, standing))
                .orElseThrow(() -> new ApiException(ErrorCode.PROJECT_UNKNOWN));
    }

    /** A project the caller is a member of; 403 for a visitor of an open project, 404 for everyone else. */
    public Access member(Caller caller, String projectId) {
        return visible(caller, projectId).asMember();
    }

    /** A project the caller administers (its owner or one of its administrators); 403 for other members. */
    public Access administrator(Caller caller, String projectId) {
        return visible(caller, projectId).asAdministrator();
    }

    /** A user's role in a network-wide project of their network: its operators administer it, the others take part. */
    public static ProjectRole networkWideRole(Caller caller) {
        return caller.is(Role.OPERATOR) ? ProjectRole.ADMINISTRATOR : ProjectRole.MEMBER;
    }

    private Optional<Access> access(Caller caller, Projects.Standing standing) {
        Project project = standing.project();
        boolean sameNetwork = project.networkId().equals(caller.networkId());
        if (project.isNetworkWide()) {
            return sameNetwork ? Optional.of(new Access(project, Optional.of(networkWideRole(caller)), Optional.empty()))
                    : Optional.empty();
        }
        if (standing.member().isPresent()) {
            ProjectMember member = standing.member().get();
            // a member from another network takes part only while the networks' agreement is in force
            return sameNetwork || agreements.inForce(project.networkId(), member.networkId())
                    ? Optional.of(new Access(project, Optional.of(member.role()), Optional.of(member)))
                    : Optional.empty();
        }
        return sameNetwork && project.admission() == Admission.OPEN
                ? Optional.of(new Access(project, Optional.empty(), Optional.empty())) : Optional.empty();
    }
}
