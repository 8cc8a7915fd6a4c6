package jp.igetanet.core.record;

import java.time.Instant;

/**
 * One post of a patient's shared record (連絡帳): written by a care-team member, kept five years from its posting
 * day and then gone (§15, {@code expiresAt}). Vitals are optional.
 */
public record Post(
        String patientId,
        String id,
        PostCategory category,
        String text,
        Vitals vitals,
        String authorId,
        String authorFacilityId,
        Instant postedAt,
        Instant expiresAt,
        int version) {
}
