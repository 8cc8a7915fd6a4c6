package jp.igetanet.core.patient;

/** Hands withdrawals to the purge worker (template.yaml {@code WithdrawalQueue}). */
public interface PurgeQueue {

    /**
     * Queues the purge of this withdrawal (the worker may receive it more than once); false when the queue could not
     * be reached (the withdrawal stays open, and the retention sweep queues it again).
     */
    boolean offer(String withdrawalId);
}
