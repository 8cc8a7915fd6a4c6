package jp.igetanet.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.local.LocalMain;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.standin.StandInOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long the purge of a withdrawn patient takes on the local stack: a patient with {@code --items} items (10,000)
 * and {@code --files} files (1,000) is written straight into the stand-ins, the demo nurse files the withdrawal
 * through the local gateway, and the queue delivers it to the purge worker's real handler. Prints the time from the
 * 202 to the completed receipt, the worker's own start and finish, and the rates.
 *
 * <pre>java -cp infrastructure/local/target/local.jar jp.igetanet.local.bench.PurgeBenchmark [--items N] [--files N]</pre>
 */
public final class PurgeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = ColdStartBenchmark.intOption(args, "--items", 10_000);
        int files = ColdStartBenchmark.intOption(args, "--files", 1_000);
        Path temp = Files.createTempDirectory("igetanet-purge-");
        try (LocalSystem system = LocalSystem.start(LocalMain.projectRoot().resolve("template.yaml"),
                StandInOptions.in(temp), 0, 0, 0)) {
            String patient = new SortableIds(Clock.systemUTC()).next();
            long writeStart = System.nanoTime();
            long stored = BulkPatient.write(system.clients().dynamoDb(), system.resources().tableName("DomainTable"),
                    system.clients().s3(), system.resources().bucketName("AttachmentsBucket"), patient, items, files);
            System.out.printf("wrote %d items and %d files of one patient in %.1f s%n", stored, files,
                    (System.nanoTime() - writeStart) / 1e9);

            String nurse = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
            HttpClient http = HttpClient.newHttpClient();
            long accepted = System.nanoTime();
            HttpResponse<String> filed = http.send(request(system, "/patients/" + patient + "/consent-withdrawal", nurse)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"requestedBy\":\"patient\",\"receivedOn\":\""
                            + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            double answerMillis = (System.nanoTime() - accepted) / 1e6;
            if (filed.statusCode() != 202) {
                throw new IllegalStateException("the withdrawal was refused: " + filed.body());
            }
            String id = JSON.readTree(filed.body()).path("id").asText();
            JsonNode receipt;
            do {
                Thread.sleep(50);
                receipt = JSON.readTree(http.send(request(system, "/consent-withdrawals/" + id, nurse).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (Duration.ofNanos(System.nanoTime() - accepted).toMinutes() > 15) {
                    throw new IllegalStateException("no completion within 15 minutes: " + receipt);
                }
            } while (!receipt.path("status").asText().equals("completed"));
            double total = (System.nanoTime() - accepted) / 1e9;
            double worker = Duration.between(Instant.parse(receipt.path("startedAt").asText()),
                    Instant.parse(receipt.path("finishedAt").asText())).toMillis() / 1e3;
            long deletedItems = receipt.path("itemsDeleted").asLong();
            long deletedFiles = receipt.path("objectsDeleted").asLong();
            System.out.printf("%nPurge of one patient (%d items, %d files), local stack (dynalite, S3Proxy, ElasticMQ)%n",
                    deletedItems, deletedFiles);
            System.out.printf("  POST …/consent-withdrawal answered 202 in %.0f ms%n", answerMillis);
            System.out.printf("  202 → receipt completed: %.1f s (target ≤ 60 s)%n", total);
            System.out.printf("  worker startedAt → finishedAt: %.1f s (%.0f items/s, files included)%n", worker,
                    (deletedItems + deletedFiles) / Math.max(worker, 0.001));
            if (deletedItems != stored || deletedFiles != files) {
                throw new IllegalStateException("the receipt's counts are wrong: " + receipt);
            }
        }
    }

    private static HttpRequest.Builder request(LocalSystem system, String path, String token) {
        return HttpRequest.newBuilder(URI.create(system.apiUri() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }
}
