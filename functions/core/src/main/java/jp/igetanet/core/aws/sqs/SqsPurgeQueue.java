package jp.igetanet.core.aws.sqs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.patient.PurgeQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link PurgeQueue} on the withdrawal queue; the message names the withdrawal and nothing of the patient. */
@Singleton
@Requires(classes = SqsClient.class)
public class SqsPurgeQueue implements PurgeQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SqsPurgeQueue.class);

    /** The configuration property of the queue: the function environment's {@code WITHDRAWAL_QUEUE_URL}. */
    public static final String QUEUE_PROPERTY = "withdrawal.queue.url";

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsPurgeQueue(SqsClient sqs, @Value("${" + QUEUE_PROPERTY + "}") String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public boolean offer(String withdrawalId) {
        try {
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message(withdrawalId)));
            return true;
        } catch (SdkException e) {
            LOG.warn("withdrawal {} not queued: {}", withdrawalId, e.toString());
            return false;
        }
    }

    /** The message body: {@code {"withdrawalId":"…"}} (ids are ULIDs, nothing to escape). */
    public static String message(String withdrawalId) {
        return "{\"withdrawalId\":\"" + withdrawalId + "\"}";
    }
}
