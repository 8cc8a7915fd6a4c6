package jp.igetanet.core.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores projects, their members and each user's count of posts read. */
public interface Projects {

    /** Stores a new project; CONFLICT if the id is taken. */
    void create(Project project);

    Optional<Project> find(String projectId);

    /** The project and the user's standing in it, read together (one request). */
    Optional<Standing> standing(String projectId, String userId);

    /** A project with a user's member item, if the user has one. */
    record Standing(Project project, Optional<ProjectMember> member) {
    }

    /**
     * Replaces the project's details (name, description, kind, admission) if nobody changed them since
     * {@code expectedVersion}; the counters, pins and owner stay as stored. CONFLICT otherwise.
     */
    void change(Project changed, long expectedVersion);

    /**
     * Hands the ownership on: the new owner's role, then the project's owner, then the former owner's role;
     * USER_UNKNOWN when the new owner is no longer a member.
     */
    void handOver(String projectId, String formerOwnerId, String newOwnerId);

    /** A member of the project, if the user is one. */
    Optional<ProjectMember> member(String projectId, String userId);

    /** The user's role in each of these projects the user is a member of (one batch read). */
    Map<String, ProjectRole> rolesOf(List<String> projectIds, String userId);

    /** The project's members (a project is small: its partition's member items). */
    List<ProjectMember> members(String projectId);

    /** Adds a member and counts it; PROJECT_MEMBER_EXISTS (409) if the user is a member already. */
    void addMember(ProjectMember member);

    /** Removes a member and counts it; false when the user was not one. */
    boolean removeMember(String projectId, String userId);

    /** Changes a member's role; false when the user is not a member. */
    boolean changeRole(String projectId, String userId, ProjectRole role);

    /** A user's member items, newest project first, after the given project. */
    List<ProjectMember> memberships(String userId, Optional<String> afterProjectId, int limit);

    /** The network's projects whose members are all its users. */
    List<Project> networkWide(String networkId);

    /** The network's open projects, newest first, after the given project. */
    List<Project> open(String networkId, Optional<String> afterProjectId, int limit);

    /** The projects of these ids (one batch read), missing ones left out. */
    List<Project> findAll(List<String> projectIds);

    /** How many posts of each of these network-wide projects the user has read (one batch read). */
    Map<String, Long> readsInNetworkWide(List<String> projectIds, String userId);

    /** Counts one more post of the project, after it was stored. */
    void countPost(String projectId);

    /**
     * Counts one post as read by the user: on the member item, or for a network-wide project on the user's reading
     * tally, which this creates.
     */
    void countRead(Project project, String userId);

    /** Pins a post unless the project has {@link Project#MAX_PINNED} pinned; false then. */
    boolean pin(String projectId, String postId);

    void unpin(String projectId, String postId);
}
