package jp.igetanet.consent;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What one retention sweep did: expired items deleted, orphaned patient files deleted, withdrawals whose purge had
 * stalled queued again.
 */
@Serdeable
public record RetentionSweep(int expiredItems, int orphanedFiles, int requeuedWithdrawals) {
}
