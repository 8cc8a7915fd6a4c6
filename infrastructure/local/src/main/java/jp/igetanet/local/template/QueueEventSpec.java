package jp.igetanet.local.template;

/**
 * One SQS event of a function (Lambda's event source mapping): the queue it polls, at most how many messages one
 * invocation gets, and whether the function reports failed messages one by one ({@code ReportBatchItemFailures})
 * instead of failing the whole batch.
 */
public record QueueEventSpec(String eventName, String queueLogicalId, int batchSize, boolean reportsBatchItemFailures) {

    /** Lambda's batch size when the template gives none. */
    public static final int DEFAULT_BATCH_SIZE = 10;
}
