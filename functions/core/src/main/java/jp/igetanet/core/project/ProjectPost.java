package jp.igetanet.core.project;

import java.time.Instant;
import java.util.Optional;

/**
 * A post of a project: the first post of a thread ({@code threadId} empty) or a reply to one. It lives five years
 * from its posting (§15), and a correction makes a new version that keeps the old one (§27-1(8)): {@code correction}
 * says who replaced this version, when and why; it is empty while current. The author's name, profession and
 * facility are those of the posting day.
 */
public record ProjectPost(
        String projectId,
        String id,
        Optional<String> threadId,
        ProjectPostContent content,
        Author author,
        Instant postedAt,
        Instant expiresAt,
        int version,
        Instant versionAt,
        Optional<Correction> correction,
        long replyCount) {

    /** Who wrote a post, as they were when they wrote it. */
    public record Author(String userId, String name, String professionLabel, String facilityId, String facilityName) {
    }

    /** Who replaced a version, when and why. */
    public record Correction(String correctedBy, Instant correctedAt, String reason) {
    }

    public boolean isReply() {
        return threadId.isPresent();
    }

    /** The next version: new content by the same author, posted at the same time and kept as long. */
    public ProjectPost corrected(ProjectPostContent newContent, Instant at) {
        return new ProjectPost(projectId, id, threadId, newContent, author, postedAt, expiresAt, version + 1, at,
                Optional.empty(), replyCount);
    }

    /** This version as the history keeps it, marked as replaced. */
    public ProjectPost replacedBy(String userId, Instant at, String reason) {
        return new ProjectPost(projectId, id, threadId, content, author, postedAt, expiresAt, version, versionAt,
                Optional.of(new Correction(userId, at, reason)), replyCount);
    }
}
