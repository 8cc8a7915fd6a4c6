package jp.igetanet.local.trigger;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.provision.LocalResources;
import jp.igetanet.local.template.Intrinsics;
import jp.igetanet.local.template.QueueEventSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Plays Lambda's event source mapping for one SQS event of a function: long-polls the queue, hands each batch to the
 * function's real handler as an {@link SQSEvent} and deletes what the function handled — every message when it
 * returns, all but the reported ones with ReportBatchItemFailures, none when it throws. Messages left in the queue
 * come back after its visibility timeout, and its redrive policy moves them to the dead-letter queue in the end.
 */
public final class QueuePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueuePoller.class);
    /** SQS hands out at most ten messages per receive. */
    private static final int MAX_MESSAGES_PER_RECEIVE = 10;
    /** Short long polls, so that pausing and closing take a second at most. */
    private static final int WAIT_SECONDS = 1;

    /**
     * What became of one batch, without the bodies, which may carry health data: {@code failed} are the ids of the
     * messages the function reported failed, or of the whole batch when it threw.
     */
    public record Batch(int received, int deleted, List<String> failed, boolean handlerThrew) {
        public Batch {
            failed = List.copyOf(failed);
        }
    }

    private final SqsClient sqs;
    private final LocalResources.Queue queue;
    private final QueueEventSpec source;
    private final FunctionHost function;
    private final Object lock = new Object();
    private final AtomicLong finishedPolls = new AtomicLong();
    private final AtomicLong pollsWithMessages = new AtomicLong();
    private boolean paused;
    private boolean holding;
    private volatile boolean closed;
    private volatile Optional<Batch> lastBatch = Optional.empty();
    private volatile boolean handling;
    private volatile Thread thread;

    public QueuePoller(SqsClient sqs, LocalResources.Queue queue, QueueEventSpec source, FunctionHost function) {
        this.sqs = sqs;
        this.queue = queue;
        this.source = source;
        this.function = function;
    }

    /** Polls on a daemon thread until closed. */
    public synchronized QueuePoller start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::pollUntilClosed, "poller-" + function.name() + "-" + source.eventName());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    public String functionName() {
        return function.name();
    }

    public QueueEventSpec source() {
        return source;
    }

    public LocalResources.Queue queue() {
        return queue;
    }

    /** The last batch the function got, if any. */
    public Optional<Batch> lastBatch() {
        return lastBatch;
    }

    /** Holds delivery; returns once the batch in hand, if any, is done and no other will be received. */
    public void pause() throws InterruptedException {
        synchronized (lock) {
            paused = true;
            while (!holding && !closed && thread != null && thread.isAlive()) {
                lock.wait(100);
            }
        }
    }

    /**
     * Whether there is work in sight: a message waits in the queue (visible or delayed) or a batch is being handled.
     * One look at the queue's counts — far cheaper than {@link #awaitDrained}, which waits for a poll to end.
     */
    public boolean busy() {
        return handling || waitingMessages() > 0;
    }

    /** Whether a test holds the deliveries back ({@link #pause()}). */
    public boolean paused() {
        synchronized (lock) {
            return paused;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /**
     * Waits until no message waits in the queue (visible or delayed) and every message received has been handled,
     * including the messages that handling sent to the queue (a purge's continuation, say); false when that takes
     * longer than {@code timeout}. Messages the function failed stay hidden until the visibility timeout: they do not
     * count. The poller must not be paused.
     */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            synchronized (lock) {
                if (paused) {
                    throw new IllegalStateException("the poller of " + function.name() + " is paused: resume it first");
                }
            }
            if (waitingMessages() == 0) {
                // Polls run one after the other: one that received messages before the count was taken has finished
                // by now or is the current one. Drained once the current poll ends and none since received anything.
                long finished = finishedPolls.get();
                long withMessages = pollsWithMessages.get();
                while (finishedPolls.get() <= finished && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                if (finishedPolls.get() > finished && pollsWithMessages.get() == withMessages) {
                    return true;
                }
            } else {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private int waitingMessages() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED,
                "0"));
    }

    private void pollUntilClosed() {
        while (!closed) {
            boolean received = false;
            try {
                if (hold()) {
                    received = pollOnce();
                }
            } catch (InterruptedException e) {
                return;
            } catch (SdkException e) {
                if (!closed) {
                    // SQS restarting, say: try again shortly
                    LOG.warn("{} ← {}: cannot receive: {}", function.name(), queue.name(), e.getClass().getSimpleName());
                    sleepQuietly();
                }
            } finally {
                // in this order, for awaitDrained
                if (received) {
                    pollsWithMessages.incrementAndGet();
                }
                finishedPolls.incrementAndGet();
            }
        }
    }

    /** Waits while paused; false once closed. */
    private boolean hold() throws InterruptedException {
        synchronized (lock) {
            while (paused && !closed) {
                holding = true;
                lock.notifyAll();
                lock.wait(100);
            }
            holding = false;
            return !closed;
        }
    }

    /** Receives one batch and hands it to the function; false when the queue had nothing within the wait. */
    private boolean pollOnce() {
        List<Message> messages = sqs.receiveMessage(b -> b
                .queueUrl(queue.url())
                .maxNumberOfMessages(Math.min(source.batchSize(), MAX_MESSAGES_PER_RECEIVE))
                .waitTimeSeconds(WAIT_SECONDS)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return false;
        }
        handling = true;
        try {
            lastBatch = Optional.of(handle(messages));
        } finally {
            handling = false;
        }
        return true;
    }

    private Batch handle(List<Message> messages) {
        Object result;
        try {
            result = function.invoke(event(messages, queue.arn()));
        } catch (RuntimeException e) {
            // The class, not the message: messages can quote the input.
            LOG.warn("{} ← {} ({}): {} received, the handler threw {}, none deleted", function.name(), queue.name(),
                    source.eventName(), messages.size(), e.getClass().getName());
            return new Batch(messages.size(), 0, messages.stream().map(Message::messageId).toList(), true);
        }
        Set<String> failed = reportedFailures(source.reportsBatchItemFailures(), result, messages);
        List<Message> handled = messages.stream().filter(message -> !failed.contains(message.messageId())).toList();
        int deleted = delete(handled);
        LOG.info("{} ← {} ({}): {} received, {} deleted, {} reported failed", function.name(), queue.name(),
                source.eventName(), messages.size(), deleted, failed.size());
        return new Batch(messages.size(), deleted, messages.stream().map(Message::messageId).filter(failed::contains)
                .toList(), false);
    }

    /**
     * The ids of the messages the function reported as failed. Lambda takes a report that names a message outside
     * the batch, or none, as a failure of the whole batch.
     */
    static Set<String> reportedFailures(boolean reportsBatchItemFailures, Object result, List<Message> messages) {
        if (!reportsBatchItemFailures || !(result instanceof SQSBatchResponse response)
                || response.getBatchItemFailures() == null) {
            return Set.of();
        }
        Set<String> batch = messages.stream().map(Message::messageId).collect(Collectors.toSet());
        Set<String> failed = new HashSet<>();
        for (SQSBatchResponse.BatchItemFailure failure : response.getBatchItemFailures()) {
            if (failure == null || !batch.contains(failure.getItemIdentifier())) {
                return batch;
            }
            failed.add(failure.getItemIdentifier());
        }
        return failed;
    }

    private int delete(List<Message> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder()
                    .id(Integer.toString(i)).receiptHandle(messages.get(i).receiptHandle()).build());
        }
        var response = sqs.deleteMessageBatch(b -> b.queueUrl(queue.url()).entries(entries));
        return response.successful().size();
    }

    /** The batch as Lambda's event source mapping hands it to the function. */
    static SQSEvent event(List<Message> messages, String queueArn) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message message : messages) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            record.setMd5OfBody(message.md5OfBody());
            record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
            record.setAttributes(new LinkedHashMap<>(message.attributesAsStrings()));
            record.setMessageAttributes(messageAttributes(message.messageAttributes()));
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(queueArn);
            record.setAwsRegion(Intrinsics.REGION);
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static Map<String, SQSEvent.MessageAttribute> messageAttributes(Map<String, MessageAttributeValue> values) {
        Map<String, SQSEvent.MessageAttribute> attributes = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType(value.dataType());
            attribute.setStringValue(value.stringValue());
            if (value.binaryValue() != null) {
                attribute.setBinaryValue(value.binaryValue().asByteBuffer());
            }
            attributes.put(name, attribute);
        });
        return attributes;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling: gives the batch in hand a few seconds, then interrupts it (its messages come back later). */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(Duration.ofSeconds(WAIT_SECONDS + 5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.interrupt();
        }
    }
}
