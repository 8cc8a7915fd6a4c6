package jp.igetanet.core.record;

import java.time.Instant;

/**
 * One post of a patient's shared record (連絡帳): written by a care-team member, kept five years from its posting
 * day and then gone (§15, {@code expiresAt}). A correction makes a new version and keeps the old one (§27-1(8)):
 * {@code correction} says who replaced this version, when and why; it is empty while current.
 */
public record Post(
        String patientId,
        String id,
        PostContent content,
        String authorId,
        String authorFacilityId,
        Instant postedAt,
        Instant expiresAt,
        int version,
        Instant versionAt,
        Correction correction) {

    /** Who replaced a version, when and why. */
    public record Correction(String correctedBy, Instant correctedAt, String reason) {
    }

    /** The next version: new content by the same author, posted at the same time and kept as long. */
    public Post corrected(PostContent newContent, Instant at) {
        return new Post(patientId, id, newContent, authorId, authorFacilityId, postedAt, expiresAt, version + 1, at, null);
    }

    /** This version as the history keeps it, marked as replaced. */
    public Post replacedBy(String userId, Instant at, String reason) {
        return new Post(patientId, id, content, authorId, authorFacilityId, postedAt, expiresAt, version, versionAt,
                new Correction(userId, at, reason));
    }
}
