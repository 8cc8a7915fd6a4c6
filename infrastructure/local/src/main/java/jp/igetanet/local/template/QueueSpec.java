package jp.igetanet.local.template;

import java.util.Optional;

/**
 * An SQS queue: its name expression, how long a received message stays hidden and how long an unreceived one is
 * kept (seconds; empty where the template leaves SQS's defaults), and where messages go that were received too often.
 */
public record QueueSpec(
        String logicalId,
        Object queueNameExpression,
        Optional<Integer> visibilityTimeoutSeconds,
        Optional<Integer> messageRetentionSeconds,
        Optional<Redrive> redrive) {

    /** The RedrivePolicy: after {@code maxReceiveCount} receives a message moves to the dead-letter queue. */
    public record Redrive(String deadLetterQueueLogicalId, int maxReceiveCount) {
    }
}
