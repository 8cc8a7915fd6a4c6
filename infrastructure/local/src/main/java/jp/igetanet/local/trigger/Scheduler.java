package jp.igetanet.local.trigger;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.template.Intrinsics;
import jp.igetanet.local.template.ScheduleSpec;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays EventBridge for the template's Schedule events: invokes each function on its rate with a
 * {@link ScheduledEvent}, the first time a while after the start, and logs what the handler returned as one line.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<ScheduleSpec, FunctionHost> schedules;
    private ScheduledExecutorService executor;

    /** The schedules with the function each of them invokes; fails on a schedule that cannot run locally. */
    public Scheduler(Map<ScheduleSpec, FunctionHost> schedules) {
        schedules.keySet().forEach(ScheduleSpec::rate);
        this.schedules = new LinkedHashMap<>(schedules);
    }

    /** Runs every schedule on its rate, the first time after {@code firstRun}, until closed. */
    public synchronized Scheduler start(Duration firstRun) {
        if (executor != null) {
            throw new IllegalStateException("already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduler");
            thread.setDaemon(true);
            return thread;
        });
        schedules.forEach((schedule, function) -> executor.scheduleAtFixedRate(() -> runLogged(function, schedule),
                firstRun.toMillis(), schedule.rate().toMillis(), TimeUnit.MILLISECONDS));
        return this;
    }

    private static void runLogged(FunctionHost function, ScheduleSpec schedule) {
        try {
            run(function, schedule);
        } catch (RuntimeException e) {
            // one failed run must not end the schedule; the class, not the message, as messages can quote data
            LOG.warn("{} ({}) failed: {}", function.name(), schedule.expression(), e.getClass().getName());
        }
    }

    /** Invokes the function once now, as its schedule would, logs the result as one line and returns it. */
    public static Object run(FunctionHost function, ScheduleSpec schedule) {
        long started = System.nanoTime();
        Object result = function.invoke(event(schedule, Instant.now()));
        LOG.info("{} ({}) ran in {} ms: {}", function.name(), schedule.expression(),
                (System.nanoTime() - started) / 1_000_000, json(result));
        return result;
    }

    /** What the handler returned, as JSON (its summary is counts and ids, never health data). */
    public static String json(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            return String.valueOf(result);
        }
    }

    /** The event EventBridge sends for a scheduled rule at {@code time}. */
    public static ScheduledEvent event(ScheduleSpec schedule, Instant time) {
        ScheduledEvent event = new ScheduledEvent();
        event.setVersion("0");
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount(Intrinsics.ACCOUNT_ID);
        event.setTime(new DateTime(time.toEpochMilli(), DateTimeZone.UTC));
        event.setRegion(Intrinsics.REGION);
        event.setResources(List.of(ruleArn(schedule)));
        event.setDetail(Map.of());
        return event;
    }

    /** The ARN of the rule SAM generates for a schedule, named after the stack and the rule's logical id. */
    public static String ruleArn(ScheduleSpec schedule) {
        return "arn:aws:events:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":rule/" + Intrinsics.STACK_NAME
                + "-" + schedule.ruleLogicalId();
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
