package jp.igetanet.core.project;

import java.time.Instant;

/**
 * A member of a project, with the name, profession and facility the user had when added (shown beside their posts
 * and answers). {@code postsBefore} is the project's post count when the member joined and {@code reads} the posts
 * since then the member has read (their own included): what is left is unread.
 */
public record ProjectMember(
        String projectId,
        String userId,
        String name,
        String professionLabel,
        String facilityId,
        String facilityName,
        String networkId,
        ProjectRole role,
        String addedBy,
        Instant addedAt,
        long postsBefore,
        long reads) {

    public ProjectMember withRole(ProjectRole newRole) {
        return new ProjectMember(projectId, userId, name, professionLabel, facilityId, facilityName, networkId, newRole,
                addedBy, addedAt, postsBefore, reads);
    }
}
