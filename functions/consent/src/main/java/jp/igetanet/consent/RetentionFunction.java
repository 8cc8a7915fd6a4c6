package jp.igetanet.consent;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jp.igetanet.core.patient.PurgeQueue;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.Withdrawals;
import jp.igetanet.core.storage.ExpiredData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The Lambda handler of the daily retention sweep (template.yaml {@code RetentionFunction}): deletes expired items
 * and orphaned patient files ({@link ExpiredData}) and queues again every withdrawal still open an hour after it
 * was accepted (a request that stopped before queueing, a message that expired).
 */
public class RetentionFunction extends MicronautRequestHandler<ScheduledEvent, RetentionSweep> {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionFunction.class);

    /** A purge not completed this long after its acceptance is taken for stalled. */
    static final Duration STALLED_AFTER = Duration.ofHours(1);
    private static final int REQUEUED_PER_SWEEP = 100;

    @Override
    public RetentionSweep execute(ScheduledEvent event) {
        var context = getApplicationContext();
        Instant now = context.getBean(Clock.class).instant();
        ExpiredData sweeper = context.getBean(ExpiredData.class);
        PurgeQueue queue = context.getBean(PurgeQueue.class);
        int requeued = 0;
        for (Withdrawal stalled : context.getBean(Withdrawals.class).openSince(now.minus(STALLED_AFTER),
                REQUEUED_PER_SWEEP)) {
            if (queue.offer(stalled.id())) {
                requeued++;
            }
        }
        RetentionSweep sweep = new RetentionSweep(sweeper.deleteExpiredItems(now), sweeper.deleteOrphanedFiles(now),
                requeued);
        LOG.info("retention sweep: {} expired items, {} orphaned files, {} withdrawals queued again",
                sweep.expiredItems(), sweep.orphanedFiles(), sweep.requeuedWithdrawals());
        return sweep;
    }
}
