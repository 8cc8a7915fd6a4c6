package jp.igetanet.local.template;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.igetanet.local.LocalMain;
import jp.igetanet.local.bench.EventJson;
import jp.igetanet.local.trigger.Scheduler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * events/ mirrors the template: one folder per function module (named like it), files named
 * {@code <operation>--<actor>.json}, each an event of one of the module's functions — an HTTP request of a route, a
 * batch of a queue the function polls, a tick of its schedule — and every route, queue and schedule with at least one.
 */
class EventsCatalogTest {

    private static final Map<String, String> LOCAL_STAGE = Map.of("Stage", "local");

    private final SamTemplate template = SamTemplate.load(TemplateFiles.projectTemplate());
    private final Path events = LocalMain.projectRoot().resolve("events");
    private final Intrinsics names = new Intrinsics(template, LOCAL_STAGE, Intrinsics.PhysicalIds.of(Map.of()));

    /** The function module's folder name, e.g. {@code portal} for functions/portal/target/portal.jar. */
    private static String moduleOf(FunctionSpec function) {
        return function.codeUri().getParent().getParent().getFileName().toString();
    }

    /** What invokes a function, one key each: "GET /me", "queue WithdrawalQueue", "schedule RetentionFunctionDaily". */
    private Map<String, String> eventSources(FunctionSpec function) {
        Map<String, String> sources = new LinkedHashMap<>();
        function.routes().forEach(route -> sources.put(route.routeKey(), function.logicalId()));
        function.queueEvents().forEach(source -> sources.put("queue " + queueArn(source.queueLogicalId()),
                function.logicalId()));
        function.schedules().forEach(schedule -> sources.put("schedule " + Scheduler.ruleArn(schedule),
                function.logicalId()));
        return sources;
    }

    /** The queue's ARN in the local stage, as ElasticMQ and the sample events name it. */
    private String queueArn(String queueLogicalId) {
        String name = names.resolveString(template.queue(queueLogicalId).orElseThrow().queueNameExpression());
        return "arn:aws:sqs:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":" + name;
    }

    /** Which of the event sources a sample event comes from, after checking that it is well formed. */
    private static String sourceOf(Path file, JsonNode event) throws IOException {
        if (event.has("routeKey")) {
            assertEquals("2.0", event.path("version").asText(), file + " is a payload 2.0 event");
            String routeKey = event.path("routeKey").asText();
            assertEquals(routeKey, event.path("requestContext").path("routeKey").asText(), file.toString());
            return routeKey;
        }
        if (event.has("Records")) {
            SQSEvent batch = EventJson.read(file, SQSEvent.class);
            assertFalse(batch.getRecords().isEmpty(), file + " holds messages");
            Set<String> queues = new TreeSet<>();
            for (SQSEvent.SQSMessage message : batch.getRecords()) {
                assertEquals("aws:sqs", message.getEventSource(), file.toString());
                assertNotNull(message.getMessageId(), file + ": messageId");
                assertNotNull(message.getBody(), file + ": body");
                queues.add(message.getEventSourceArn());
            }
            assertEquals(1, queues.size(), file + ": one batch comes from one queue");
            return "queue " + queues.iterator().next();
        }
        ScheduledEvent tick = EventJson.read(file, ScheduledEvent.class);
        assertEquals("aws.events", tick.getSource(), file + " is an SQS batch, an HTTP request or a scheduled event");
        assertEquals("Scheduled Event", tick.getDetailType(), file.toString());
        assertNotNull(tick.getTime(), file + ": time");
        assertEquals(1, tick.getResources().size(), file + ": the rule");
        return "schedule " + tick.getResources().getFirst();
    }

    @Test
    void everyFunctionHasAnEventForEachRouteQueueAndSchedule() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<FunctionSpec>> modules = template.functions().stream()
                .collect(Collectors.groupingBy(EventsCatalogTest::moduleOf));
        for (Map.Entry<String, List<FunctionSpec>> module : modules.entrySet()) {
            Path folder = events.resolve(module.getKey());
            assertTrue(Files.isDirectory(folder), "events/" + module.getKey());
            Map<String, String> sources = new LinkedHashMap<>();
            module.getValue().forEach(function -> sources.putAll(eventSources(function)));
            Set<String> covered = new HashSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    assertTrue(name.matches("[a-z0-9-]+--[a-z0-9-]+\\.json"), "<operation>--<actor>.json: " + file);
                    String source = sourceOf(file, json.readTree(file.toFile()));
                    assertTrue(sources.containsKey(source), file + ": " + source + " invokes none of "
                            + module.getValue().stream().map(FunctionSpec::logicalId).toList());
                    covered.add(source);
                }
            }
            for (String source : sources.keySet()) {
                assertTrue(covered.contains(source), sources.get(source) + ": no sample event for " + source);
            }
        }
    }

    @Test
    void thereAreNoEventFoldersWithoutAFunction() throws IOException {
        List<String> modules = template.functions().stream().map(EventsCatalogTest::moduleOf).toList();
        try (Stream<Path> folders = Files.list(events)) {
            folders.forEach(folder -> assertTrue(modules.contains(folder.getFileName().toString()), folder.toString()));
        }
    }
}
