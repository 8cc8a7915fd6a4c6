package jp.igetanet.core.portal;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a network's service runs or is temporarily suspended (§25). While suspended, every route but the portal's
 * and the operator's answers 503; {@code expectedEnd} gives clients their Retry-After.
 */
public record ServiceStatus(String networkId, boolean suspended, String reason, Instant since, Instant expectedEnd,
                            Instant updatedAt, String updatedBy) {

    /** A network whose operator never declared anything: it runs. */
    public static ServiceStatus running(String networkId) {
        return new ServiceStatus(networkId, false, null, null, null, null, null);
    }

    public String state() {
        return suspended ? "suspended" : "normal";
    }

    /** Seconds a client should wait before trying again: until the expected end, at least a minute. */
    public long retryAfterSeconds(Instant now) {
        long seconds = expectedEnd == null ? 0 : Duration.between(now, expectedEnd).toSeconds();
        return Math.max(60, seconds);
    }
}
