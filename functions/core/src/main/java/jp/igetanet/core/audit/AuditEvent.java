package jp.igetanet.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action (MHLW guideline 6.0 §17): who did what to which target, when, with what outcome, from where.
 * Ids and codes only — never names, free text or health data.
 *
 * @param networkId the network whose chain holds the record (the actor's, or the target's for public actions)
 * @param actorUserId null for an action without a signed-in user (a public application)
 */
public record AuditEvent(
        Instant occurredAt,
        String networkId,
        String actorUserId,
        String actorFacilityId,
        String actorRole,
        AuditAction action,
        String targetType,
        String targetId,
        AuditOutcome outcome,
        String requestId,
        String sourceIp,
        String userAgent) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
