package jp.igetanet.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import jp.igetanet.local.LocalMain;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.SamTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColdStartBenchmarkTest {

    /** Like Micronaut's MicronautRequestHandler: the event type is bound where a subclass extends it. */
    abstract static class FrameworkHandler<I, O> implements RequestHandler<I, O> {
        @Override
        public O handleRequest(I input, Context context) {
            return null;
        }
    }

    static class QueueWorker extends FrameworkHandler<SQSEvent, SQSBatchResponse> {
    }

    static class NightlyJob extends FrameworkHandler<ScheduledEvent, Map<String, Integer>> {
    }

    @Test
    void everyFunctionOfTheTemplateHasAnEventFileOfTheBenchmark() {
        Path root = LocalMain.projectRoot();
        for (FunctionSpec function : SamTemplate.load(root.resolve("template.yaml")).functions()) {
            String event = ColdStartBenchmark.EVENTS.get(function.logicalId());
            assertTrue(event != null && Files.isRegularFile(root.resolve(event)), function.logicalId() + ": " + event);
        }
    }

    @Test
    void theProbeFindsTheEventTypeOfEveryKindOfHandler() {
        assertEquals(APIGatewayV2HTTPEvent.class, ColdStartProbe.eventType(BareHandler.class));
        assertEquals(SQSEvent.class, ColdStartProbe.eventType(QueueWorker.class));
        assertEquals(ScheduledEvent.class, ColdStartProbe.eventType(NightlyJob.class));
        assertThrows(IllegalArgumentException.class, () -> ColdStartProbe.eventType(FrameworkHandler.class));
    }

    @Test
    void theProbeReadsQueueAndScheduleEventsAsTheLambdaRuntimeDoes() throws IOException {
        Path events = LocalMain.projectRoot().resolve("events");

        SQSEvent batch = EventJson.read(events.resolve("consent/purge--queue.json"), SQSEvent.class);
        assertEquals(1, batch.getRecords().size());
        assertEquals("{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}", batch.getRecords().getFirst().getBody());
        assertEquals("arn:aws:sqs:ap-northeast-1:000000000000:igetanet-local-withdrawals",
                batch.getRecords().getFirst().getEventSourceArn());
        assertEquals("1", batch.getRecords().getFirst().getAttributes().get("ApproximateReceiveCount"));

        ScheduledEvent tick = EventJson.read(events.resolve("consent/retention--schedule.json"), ScheduledEvent.class);
        assertEquals("Scheduled Event", tick.getDetailType());
        assertEquals(java.time.Instant.parse("2026-11-25T15:00:00Z").toEpochMilli(), tick.getTime().getMillis());
    }

    @Test
    void handlersOfOtherEventsReport200UnlessTheyReportFailedMessages() {
        assertEquals(404, ColdStartProbe.status(APIGatewayV2HTTPResponse.builder().withStatusCode(404).build()));
        assertEquals(200, ColdStartProbe.status(null));
        assertEquals(200, ColdStartProbe.status(SQSBatchResponse.builder().withBatchItemFailures(List.of()).build()));
        assertEquals(500, ColdStartProbe.status(SQSBatchResponse.builder().withBatchItemFailures(List.of(
                SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier("m1").build())).build()));
    }

    @Test
    void readsTheProbeLineAmongOtherOutput() {
        String stderr = """
                WARNING: something the JVM says
                [main] INFO io.micronaut.context.DefaultApplicationContext - started
                PROBE init=1234 first=56.7 warm=2.35 status=200
                """;
        assertEquals(Optional.of(new ColdStartBenchmark.Probe(1234, 56.7, 2.35, 200)),
                ColdStartBenchmark.parseProbeLine(stderr));
    }

    @Test
    void readsDecimalCommasOfOtherLocales() {
        assertEquals(Optional.of(new ColdStartBenchmark.Probe(27, 16.0, 0.05, 500)),
                ColdStartBenchmark.parseProbeLine("PROBE init=27 first=16,0 warm=0,05 status=500\n"));
    }

    @Test
    void noProbeLineIsEmpty() {
        assertEquals(Optional.empty(), ColdStartBenchmark.parseProbeLine("Exception in thread \"main\"\n"));
    }

    @Test
    void readsTheRequestLogLines() {
        String stdout = """
                not json
                {"event":"start","function":"portal"}
                {"event":"request","method":"GET","path":"/portal/facilities","status":200,"dynamoDbRequests":2,"capacityUnits":2.0}
                {"event":"request","method":"GET","path":"/portal/facilities","status":200,"dynamoDbRequests":1,"capacityUnits":0.5}
                {broken
                """;
        assertEquals(List.of(new ColdStartBenchmark.RequestLog(2, 2.0), new ColdStartBenchmark.RequestLog(1, 0.5)),
                ColdStartBenchmark.parseRequestLogs(stdout));
    }

    @Test
    void aRequestLineWithoutTheFiguresIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> ColdStartBenchmark.parseRequestLog("{\"event\":\"request\",\"status\":200}"));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, ColdStartBenchmark.median(new double[] {5, 1, 3}));
        assertEquals(2.5, ColdStartBenchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(7.0, ColdStartBenchmark.median(new double[] {7}));
        assertThrows(IllegalArgumentException.class, () -> ColdStartBenchmark.median(new double[0]));
    }

    @Test
    void javaToolOptionsBecomeSeparateFlags() {
        assertEquals(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"), ColdStartBenchmark.javaToolOptions(
                Map.of("JAVA_TOOL_OPTIONS", " -XX:+TieredCompilation  -XX:TieredStopAtLevel=1 ")));
        assertTrue(ColdStartBenchmark.javaToolOptions(Map.of("DOMAIN_TABLE", "t")).isEmpty());
    }
}
