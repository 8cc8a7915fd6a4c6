package jp.igetanet.core.project;

import java.time.Instant;
import java.util.List;

/**
 * A project (§2): a group of users of one network for training, information exchange, administrative contact or a
 * community care meeting, so that the people around patients know each other (「顔の見える関係」). It holds no
 * patient data. {@code postCount} counts every post and reply ever made (for unread counts), {@code pinnedPostIds}
 * the posts its administrators pinned, oldest first.
 */
public record Project(
        String id,
        String networkId,
        String name,
        String description,
        ProjectKind kind,
        Admission admission,
        String ownerId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long postCount,
        long memberCount,
        List<String> pinnedPostIds) {

    /** Pinned posts a project may have at once. */
    public static final int MAX_PINNED = 10;

    public Project {
        pinnedPostIds = pinnedPostIds == null ? List.of() : pinnedPostIds.stream().sorted().toList();
    }

    /** This project with new details, one version on; the counters and pins stay as stored. */
    public Project changed(String newName, String newDescription, ProjectKind newKind, Admission newAdmission, Instant at) {
        return new Project(id, networkId, newName, newDescription, newKind, newAdmission, ownerId, createdBy, createdAt,
                at, version + 1, postCount, memberCount, pinnedPostIds);
    }

    /** This project with its members counted anew. */
    public Project withMemberCount(long count) {
        return new Project(id, networkId, name, description, kind, admission, ownerId, createdBy, createdAt, updatedAt,
                version, postCount, count, pinnedPostIds);
    }

    /** The posts unread by someone who joined when {@code postsBefore} had been posted and has read {@code reads} since. */
    public long unread(long postsBefore, long reads) {
        return Math.max(0, postCount - postsBefore - reads);
    }

    public boolean isNetworkWide() {
        return admission == Admission.NETWORK;
    }
}
