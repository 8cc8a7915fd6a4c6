package jp.igetanet.consent;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jp.igetanet.core.id.SortableIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda handler of the purge worker (template.yaml {@code PurgeFunction}), fed by the withdrawal queue. Each
 * message names one withdrawal; a message that fails is reported alone (ReportBatchItemFailures) and comes back after
 * the queue's visibility timeout, at most {@value #MAX_RECEIVES} times before the dead-letter queue. A purge stops
 * {@value #RESERVE_MILLIS} ms before the function's time is up and continues in a new message.
 */
public class PurgeFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeFunction.class);

    /** The queue's maxReceiveCount (template.yaml {@code WithdrawalQueue}). */
    static final int MAX_RECEIVES = 5;
    static final long RESERVE_MILLIS = 20_000;
    private static final Pattern MESSAGE = Pattern.compile("\\{\\s*\"withdrawalId\"\\s*:\\s*\"([0-9A-Z]{26})\"\\s*}");

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        PurgeWorker worker = getApplicationContext().getBean(PurgeWorker.class);
        Optional<Context> context = getApplicationContext().findBean(Context.class);
        BooleanSupplier mayGoOn = () -> context.map(c -> c.getRemainingTimeInMillis() > RESERVE_MILLIS).orElse(true);
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            Optional<String> withdrawalId = withdrawalId(message.getBody());
            if (withdrawalId.isEmpty()) {
                LOG.error("message {} names no withdrawal; left for the dead-letter queue", message.getMessageId());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                worker.purge(withdrawalId.get(), mayGoOn);
            } catch (RuntimeException e) {
                LOG.error("purge of withdrawal {} failed (receive {}): {}", withdrawalId.get(), receives(message),
                        e.toString());
                if (receives(message) >= MAX_RECEIVES) {
                    worker.giveUp(withdrawalId.get());
                }
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    static Optional<String> withdrawalId(String body) {
        Matcher matcher = MESSAGE.matcher(body == null ? "" : body.strip());
        return matcher.matches() && SortableIds.isWellFormed(matcher.group(1))
                ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static int receives(SQSEvent.SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
