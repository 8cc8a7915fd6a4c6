package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.aws.sqs.SqsPurgeQueue;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.bench.BulkPatient;
import jp.igetanet.local.bench.ColdStartProbe;
import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.trigger.QueuePoller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A purge killed half-way — the worker's JVM destroyed while it deletes, as when Lambda's execution environment
 * dies — then the message delivered again to the real handler: the purge completes with nothing left and the counts
 * of what there was before the first deletion. A message delivered once more after completion changes nothing.
 */
@ExtendWith(LocalSystemExtension.class)
class PurgeInterruptionIT {

    private static final int ITEMS = 2_000;
    private static final int FILES = 200;

    private final LocalSystem system;

    PurgeInterruptionIT(LocalSystem system) {
        this.system = system;
    }

    @Test
    void aKilledPurgeCompletesOnRedeliveryWithNothingLeftAndTheFirstCounts(@TempDir Path work) throws Exception {
        String table = system.resources().tableName("DomainTable");
        String bucket = system.resources().bucketName("AttachmentsBucket");
        String patient = new SortableIds(Clock.systemUTC()).next();
        long items = BulkPatient.write(system.clients().dynamoDb(), table, system.clients().s3(), bucket, patient,
                ITEMS, FILES);
        assertEquals(items, partitionCount(patient));
        String nurse = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        ApiClient api = ApiClient.demo(system);

        QueuePoller poller = system.poller("PurgeFunction");
        poller.pause();
        String id;
        try {
            id = ApiClient.expect(202, api.send("POST", "/patients/" + patient + "/consent-withdrawal", nurse,
                    "{\"requestedBy\":\"patient\",\"receivedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\"}"))
                    .path("id").asText();
            Process worker = startWorker(work, id);
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (partitionCount(patient) > items - 100 && worker.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(worker.isAlive(), "the worker was still deleting when killed: "
                        + Files.readString(work.resolve("worker.err")));
            } finally {
                worker.destroyForcibly().waitFor();
            }
            long left = partitionCount(patient);
            assertTrue(left > 0 && left < items, "killed half-way: " + left + " of " + items + " items left");
            assertEquals(0, fileCount(patient), "the files go first");
            JsonNode interrupted = ApiClient.expect(200, api.send("GET", "/consent-withdrawals/" + id, nurse, null));
            assertEquals("purging", interrupted.path("status").asText());
            assertEquals(items, interrupted.path("itemsDeleted").asLong(), "counted before the first deletion");
            assertEquals(FILES, interrupted.path("objectsDeleted").asLong());
        } finally {
            poller.resume();
        }

        // the message sent at the 202 is still in the queue: delivered now, it finishes the purge
        assertTrue(poller.awaitDrained(Duration.ofSeconds(120)));
        JsonNode receipt = api.awaitPurge(nurse, id);
        assertEquals(items, receipt.path("itemsDeleted").asLong(), receipt.toString());
        assertEquals(FILES, receipt.path("objectsDeleted").asLong());
        assertEquals(0, partitionCount(patient));
        assertEquals(0, fileCount(patient));
        assertEquals(404, api.send("GET", "/patients/" + patient, nurse, null).statusCode());

        // once more, as SQS may deliver a message twice: nothing changes
        system.clients().sqs().sendMessage(request -> request
                .queueUrl(system.resources().queueUrl("WithdrawalQueue")).messageBody(SqsPurgeQueue.message(id)));
        assertTrue(poller.awaitDrained(Duration.ofSeconds(30)));
        assertEquals(receipt, ApiClient.expect(200, api.send("GET", "/consent-withdrawals/" + id, nurse, null)));
    }

    /** The purge worker's real handler in a JVM of its own, on the message of this withdrawal. */
    private Process startWorker(Path work, String withdrawalId) throws IOException {
        FunctionSpec function = system.template().function("PurgeFunction").orElseThrow();
        Path event = work.resolve("purge.json");
        Files.writeString(event, "{\"Records\":[{\"messageId\":\"killed-worker\",\"receiptHandle\":\"killed-worker\","
                + "\"body\":" + Events.JSON.writeValueAsString(SqsPurgeQueue.message(withdrawalId)) + ","
                + "\"attributes\":{\"ApproximateReceiveCount\":\"1\"},\"messageAttributes\":{},"
                + "\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:ap-northeast-1:000000000000:withdrawals\","
                + "\"awsRegion\":\"ap-northeast-1\"}]}");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        LocalSystem.functionProperties(system.template(), system.resources(), system.standIns())
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", function.codeUri() + File.pathSeparator + System.getProperty("java.class.path"),
                ColdStartProbe.class.getName(), function.handlerClass(), event.toString(), "0", "300"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("worker.out").toFile()).redirectError(work.resolve("worker.err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.endsWith("JAVA_OPTIONS")
                || name.equals("JAVA_TOOL_OPTIONS"));
        return builder.start();
    }

    private long partitionCount(String patientId) {
        Map<String, AttributeValue> start = null;
        long count = 0;
        do {
            Map<String, AttributeValue> from = start;
            var page = system.clients().dynamoDb().query(request -> request
                    .tableName(system.resources().tableName("DomainTable")).consistentRead(true).select(Select.COUNT)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PATIENT#" + patientId)))
                    .exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private long fileCount(String patientId) {
        return system.clients().s3().listObjectsV2(request -> request
                .bucket(system.resources().bucketName("AttachmentsBucket")).prefix("patients/" + patientId + "/")).keyCount();
    }
}
