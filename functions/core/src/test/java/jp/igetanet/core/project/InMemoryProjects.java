package jp.igetanet.core.project;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link Projects} in memory for unit tests, as the domain table keeps them: a project's details change on their
 * version while its counters, pins and owner change apart from them; a user is a member once; listings are newest
 * project first (ids sort by time).
 */
public class InMemoryProjects implements Projects {

    private final TreeMap<String, Project> projects = new TreeMap<>();
    /** Member items by project, in the order of their sort key (the user's id). */
    private final Map<String, TreeMap<String, ProjectMember>> members = new HashMap<>();
    /** The reading tallies of network-wide projects' users, keyed {@code projectId#userId}. */
    private final Map<String, Long> readers = new HashMap<>();

    @Override
    public synchronized void create(Project project) {
        if (projects.putIfAbsent(project.id(), project) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized Optional<Project> find(String projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public synchronized Optional<Standing> standing(String projectId, String userId) {
        return find(projectId).map(project -> new Standing(project, member(projectId, userId)));
    }

    /** As the table stores it: an empty description is no description. */
    @Override
    public synchronized void change(Project changed, long expectedVersion) {
        Project stored = projects.get(changed.id());
        if (stored == null || stored.version() != expectedVersion) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        String description = changed.description() == null || changed.description().isEmpty() ? null
                : changed.description();
        projects.put(stored.id(), new Project(stored.id(), stored.networkId(), changed.name(), description,
                changed.kind(), changed.admission(), stored.ownerId(), stored.createdBy(), stored.createdAt(),
                changed.updatedAt(), changed.version(), stored.postCount(), stored.memberCount(),
                stored.pinnedPostIds()));
    }

    /** In the table's order: the new owner's role, the project's owner (CONFLICT if it moved meanwhile), the former's role. */
    @Override
    public synchronized void handOver(String projectId, String formerOwnerId, String newOwnerId) {
        if (!changeRole(projectId, newOwnerId, ProjectRole.OWNER)) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        Project stored = projects.get(projectId);
        if (stored == null || !stored.ownerId().equals(formerOwnerId)) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        projects.put(projectId, new Project(stored.id(), stored.networkId(), stored.name(), stored.description(),
                stored.kind(), stored.admission(), newOwnerId, stored.createdBy(), stored.createdAt(),
                stored.updatedAt(), stored.version(), stored.postCount(), stored.memberCount(), stored.pinnedPostIds()));
        changeRole(projectId, formerOwnerId, ProjectRole.ADMINISTRATOR);
    }

    @Override
    public synchronized Optional<ProjectMember> member(String projectId, String userId) {
        return Optional.ofNullable(membersOf(projectId).get(userId));
    }

    @Override
    public synchronized Map<String, ProjectRole> rolesOf(List<String> projectIds, String userId) {
        return projectIds.stream().distinct().map(projectId -> membersOf(projectId).get(userId))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(ProjectMember::projectId, ProjectMember::role));
    }

    @Override
    public synchronized List<ProjectMember> members(String projectId) {
        return List.copyOf(membersOf(projectId).values());
    }

    /** As the table does: PROJECT_MEMBER_EXISTS for a member already in, then the count goes up. */
    @Override
    public synchronized void addMember(ProjectMember member) {
        TreeMap<String, ProjectMember> team = members.computeIfAbsent(member.projectId(), id -> new TreeMap<>());
        if (team.putIfAbsent(member.userId(), member) != null) {
            throw new ApiException(ErrorCode.PROJECT_MEMBER_EXISTS);
        }
        counted(member.projectId(), 0, 1);
    }

    @Override
    public synchronized boolean removeMember(String projectId, String userId) {
        if (membersOf(projectId).remove(userId) == null) {
            return false;
        }
        Project stored = projects.get(projectId);
        if (stored != null && stored.memberCount() > 0) {
            counted(projectId, 0, -1);
        }
        return true;
    }

    @Override
    public synchronized boolean changeRole(String projectId, String userId, ProjectRole role) {
        ProjectMember member = membersOf(projectId).get(userId);
        if (member == null) {
            return false;
        }
        membersOf(projectId).put(userId, member.withRole(role));
        return true;
    }

    @Override
    public synchronized List<ProjectMember> memberships(String userId, Optional<String> afterProjectId, int limit) {
        return members.values().stream().map(team -> team.get(userId)).filter(Objects::nonNull)
                .filter(member -> afterProjectId.map(after -> member.projectId().compareTo(after) < 0).orElse(true))
                .sorted(Comparator.comparing(ProjectMember::projectId).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Project> networkWide(String networkId) {
        return listed(networkId, Admission.NETWORK, Optional.empty(), Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<Project> open(String networkId, Optional<String> afterProjectId, int limit) {
        return listed(networkId, Admission.OPEN, afterProjectId, limit);
    }

    private List<Project> listed(String networkId, Admission admission, Optional<String> afterProjectId, int limit) {
        var newestFirst = afterProjectId.map(after -> projects.headMap(after, false)).orElse(projects).descendingMap();
        return newestFirst.values().stream()
                .filter(project -> project.networkId().equals(networkId) && project.admission() == admission)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Project> findAll(List<String> projectIds) {
        return projectIds.stream().distinct().map(projects::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized Map<String, Long> readsInNetworkWide(List<String> projectIds, String userId) {
        return projectIds.stream().distinct().filter(projectId -> readers.containsKey(projectId + "#" + userId))
                .collect(Collectors.toMap(projectId -> projectId, projectId -> readers.get(projectId + "#" + userId)));
    }

    @Override
    public synchronized void countPost(String projectId) {
        counted(projectId, 1, 0);
    }

    @Override
    public synchronized void countRead(Project project, String userId) {
        if (project.isNetworkWide()) {
            readers.merge(project.id() + "#" + userId, 1L, Long::sum);
        } else {
            membersOf(project.id()).computeIfPresent(userId, (id, m) -> new ProjectMember(m.projectId(), m.userId(),
                    m.name(), m.professionLabel(), m.facilityId(), m.facilityName(), m.networkId(), m.role(),
                    m.addedBy(), m.addedAt(), m.postsBefore(), m.reads() + 1));
        }
    }

    /** As the table's condition does: only while fewer than the most are pinned, even for a post pinned already. */
    @Override
    public synchronized boolean pin(String projectId, String postId) {
        Project stored = projects.get(projectId);
        if (stored == null || stored.pinnedPostIds().size() >= Project.MAX_PINNED) {
            return false;
        }
        TreeSet<String> pinned = new TreeSet<>(stored.pinnedPostIds());
        pinned.add(postId);
        projects.put(projectId, pinnedAnew(stored, List.copyOf(pinned)));
        return true;
    }

    @Override
    public synchronized void unpin(String projectId, String postId) {
        Project stored = projects.get(projectId);
        if (stored != null) {
            projects.put(projectId, pinnedAnew(stored, stored.pinnedPostIds().stream()
                    .filter(pinned -> !pinned.equals(postId)).toList()));
        }
    }

    private void counted(String projectId, long posts, long members) {
        Project p = projects.get(projectId);
        if (p != null) {
            projects.put(projectId, new Project(p.id(), p.networkId(), p.name(), p.description(), p.kind(),
                    p.admission(), p.ownerId(), p.createdBy(), p.createdAt(), p.updatedAt(), p.version(),
                    p.postCount() + posts, p.memberCount() + members, p.pinnedPostIds()));
        }
    }

    private static Project pinnedAnew(Project p, List<String> pinned) {
        return new Project(p.id(), p.networkId(), p.name(), p.description(), p.kind(), p.admission(), p.ownerId(),
                p.createdBy(), p.createdAt(), p.updatedAt(), p.version(), p.postCount(), p.memberCount(), pinned);
    }

    private TreeMap<String, ProjectMember> membersOf(String projectId) {
        return members.getOrDefault(projectId, new TreeMap<>());
    }
}
