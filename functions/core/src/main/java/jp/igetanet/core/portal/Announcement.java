package jp.igetanet.core.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An announcement of a network's operator on the portal. A termination notice (§26, §29) names the last day of
 * service, {@code serviceEndsOn}, at least {@link #TERMINATION_NOTICE_MONTHS} months after its publication.
 */
public record Announcement(
        String id,
        String networkId,
        AnnouncementKind kind,
        String title,
        String body,
        LocalDate serviceEndsOn,
        Instant publishedAt,
        String publishedBy,
        Instant updatedAt,
        long version) {

    /** §26: the end of service is announced at least six months ahead. */
    public static final int TERMINATION_NOTICE_MONTHS = 6;
}
