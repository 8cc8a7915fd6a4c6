package jp.igetanet.local.bench;

import jp.igetanet.core.aws.dynamodb.DynamoPatients;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.local.seed.DemoCareTeams;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.local.seed.DemoSeed;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * A patient with a long record, written straight into the stand-ins for the purge's benchmark and interruption test:
 * the patient in the demo nurse's care team, then {@code items} more items of the patient's partition (posts, their
 * replaced versions and readings of about 600 bytes each, as a year of daily visits makes) and {@code files} files
 * under the patient's prefix.
 */
public final class BulkPatient {

    private static final int WRITERS = 4;

    private BulkPatient() {
    }

    /** Writes it all; returns how many items the patient's partition holds (the items plus the patient's own). */
    public static long write(DynamoDbClient dynamoDb, String table, S3Client s3, String bucket, String patientId,
                             int items, int files) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DynamoPatients patients = DynamoPatients.on(dynamoDb, table);
        CareTeamAccess nurse = DemoCareTeams.on(dynamoDb, table).registering(DemoSeed.NURSE, patientId);
        patients.create(nurse, new Patient(patientId, DemoSeed.NETWORK_ID, "削除 試験", "サクジョ シケン", LocalDate.of(1940, 1, 1),
                Sex.FEMALE, "愛知県西尾市寄住町下田22", null, null, DemoSeed.NURSE, 1, now, now));
        patients.addMember(nurse, new CareTeamMember(patientId, DemoSeed.NURSE, DemoSeed.NURSING_STATION, DemoSeed.NETWORK_ID,
                DemoSeed.NETWORK_ID, DemoSeed.NURSE, now), "サクジョ シケン");
        String text = "訪問。血圧128/76、脈拍72、体温36.4。食事摂取良好、排便あり。内服確認済み。".repeat(6);
        long expiresAt = now.plus(1826, ChronoUnit.DAYS).getEpochSecond();
        List<WriteRequest> writes = IntStream.range(0, items).mapToObj(n -> {
            String kind = switch (n % 4) {
                case 0, 1 -> "POST#";
                case 2 -> "POSTV#";
                default -> "READ#";
            };
            Map<String, AttributeValue> item = Map.of(
                    Keys.PK, AttributeValue.fromS("PATIENT#" + patientId),
                    Keys.SK, AttributeValue.fromS(kind + String.format("%08d", n)),
                    "patientId", AttributeValue.fromS(patientId),
                    "text", AttributeValue.fromS(text),
                    Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
            return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
        }).toList();
        byte[] photo = new byte[8 * 1024];
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < writes.size(); from += 25) {
                List<WriteRequest> batch = writes.subList(from, Math.min(writes.size(), from + 25));
                done.add(writers.submit(() -> {
                    Map<String, List<WriteRequest>> pending = Map.of(table, batch);
                    while (!pending.isEmpty()) {
                        Map<String, List<WriteRequest>> request = pending;
                        pending = dynamoDb.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                    }
                }));
            }
            for (int n = 0; n < files; n++) {
                String key = "patients/" + patientId + "/attachments/" + String.format("%08d", n);
                done.add(writers.submit(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType("image/png"),
                        RequestBody.fromBytes(photo))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not write the patient's record", e);
        }
        // the patient, the team's size and the member, beside the items written
        return items + 3L;
    }
}
