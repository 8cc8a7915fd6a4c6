package jp.igetanet.core.storage;

import java.time.Instant;

/**
 * What the five-year retention (§15) leaves behind for the daily sweep: items past their expiry that the table's TTL
 * has not deleted yet, and files whose record is gone.
 */
public interface ExpiredData {

    /** Deletes every item expired at {@code now} (each only if it is still expired); returns how many. */
    int deleteExpiredItems(Instant now);

    /** Deletes files past their grace period whose record is missing or expired; returns how many. */
    int deleteOrphanedFiles(Instant now);
}
