package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.trigger.QueuePoller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The withdrawal queue feeding the purge worker's real handler, as Lambda's event source mapping does: what the
 * worker handled is deleted, what it reports failed stays in the queue for another try.
 */
@ExtendWith(LocalSystemExtension.class)
class QueuePollerIT {

    /** A well-formed withdrawal id that no withdrawal has: the worker has nothing to do. */
    private static final String UNKNOWN_WITHDRAWAL = "{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}";
    private static final String MALFORMED = "{\"withdrawalId\":42";
    private static final Duration DRAINED_WITHIN = Duration.ofSeconds(60);

    private final LocalSystem system;
    private final QueuePoller poller;
    private final SqsClient sqs;
    private final String queue;

    QueuePollerIT(LocalSystem system) {
        this.system = system;
        this.poller = system.poller("PurgeFunction");
        this.sqs = system.clients().sqs();
        this.queue = system.resources().queueUrl("WithdrawalQueue");
    }

    private String send(String body) {
        return sqs.sendMessage(request -> request.queueUrl(queue).messageBody(body)).messageId();
    }

    private int messages(QueueAttributeName count) {
        return Integer.parseInt(sqs.getQueueAttributes(request -> request.queueUrl(queue).attributeNames(count))
                .attributes().get(count));
    }

    @Test
    void thePurgeWorkerIsTheOnlyFunctionPollingAQueue() {
        assertEquals(List.of("PurgeFunction"), system.pollers().stream().map(QueuePoller::functionName).toList());
        assertEquals("WithdrawalQueue", poller.source().queueLogicalId());
        assertEquals(queue, poller.queue().url());
    }

    @Test
    void aMalformedMessageStaysInFlightWhileTheRestOfItsBatchIsDeleted() throws InterruptedException {
        int inFlight = messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
        String malformed;
        poller.pause();
        try {
            malformed = send(MALFORMED);
            send(UNKNOWN_WITHDRAWAL);
        } finally {
            poller.resume();
        }

        assertTrue(poller.awaitDrained(DRAINED_WITHIN));

        assertEquals(Optional.of(new QueuePoller.Batch(2, 1, List.of(malformed), false)), poller.lastBatch());
        assertEquals(0, messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        // not deleted: hidden until the visibility timeout, then received again, and after five receives redriven
        assertEquals(inFlight + 1, messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void anUnknownWithdrawalIsDoneAndDeleted() throws InterruptedException {
        int inFlight = messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);

        send(UNKNOWN_WITHDRAWAL);

        assertTrue(poller.awaitDrained(DRAINED_WITHIN));
        assertEquals(Optional.of(new QueuePoller.Batch(1, 1, List.of(), false)), poller.lastBatch());
        assertEquals(inFlight, messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void aHeldPollerDeliversNothingUntilResumed() throws InterruptedException {
        poller.pause();
        try {
            send(UNKNOWN_WITHDRAWAL);
            Thread.sleep(1500);
            assertEquals(1, messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        } finally {
            poller.resume();
        }
        assertTrue(poller.awaitDrained(DRAINED_WITHIN));
        assertEquals(0, messages(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }
}
