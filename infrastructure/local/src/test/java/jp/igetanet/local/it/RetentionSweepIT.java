package jp.igetanet.local.it;

import jp.igetanet.core.aws.dynamodb.DynamoPatients;
import jp.igetanet.core.aws.dynamodb.DynamoWithdrawals;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.bench.BulkPatient;
import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.trigger.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily retention sweep's real handler, run as its schedule runs it: expired items and files whose record is gone
 * or expired are deleted, anything younger or still kept is not, and a withdrawal whose request stopped before it was
 * queued is queued again and purged.
 */
@ExtendWith(LocalSystemExtension.class)
class RetentionSweepIT {

    private final LocalSystem system;
    private final SortableIds ids = new SortableIds(Clock.systemUTC());

    RetentionSweepIT(LocalSystem system) {
        this.system = system;
    }

    @Test
    void expiredItemsAndOrphanedFilesGoAndNothingYoungerIsTouched() throws IOException {
        Instant now = Instant.now();
        String patient = ids.next();
        Map<String, AttributeValue> expiredPost = item(patient, "POST#" + ids.next(), now.minusSeconds(60));
        Map<String, AttributeValue> livePost = item(patient, "POST#" + ids.next(), now.plus(Duration.ofDays(1)));
        String keptAttachment = ids.next();
        Map<String, AttributeValue> attachment = item(patient, "ATTACHMENT#" + keptAttachment, now.plus(Duration.ofDays(1)));
        String unusedForm = ids.next();
        Map<String, AttributeValue> expiredUpload = new java.util.HashMap<>(Keys.consentForm(unusedForm));
        expiredUpload.put(Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(now.minusSeconds(60).getEpochSecond())));
        String project = ids.next();
        String keptProjectFile = ids.next();
        Map<String, AttributeValue> projectAttachment = Map.of(Keys.PK, AttributeValue.fromS("PROJECT#" + project),
                Keys.SK, AttributeValue.fromS("ATTACHMENT#" + keptProjectFile),
                Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(now.plus(Duration.ofDays(1)).getEpochSecond())));
        for (Map<String, AttributeValue> item : java.util.List.of(expiredPost, livePost, attachment, expiredUpload,
                projectAttachment)) {
            system.clients().dynamoDb().putItem(request -> request.tableName(table()).item(item));
        }
        String oldOrphan = put(patient, "attachments", ids.next(), Duration.ofDays(2));
        String oldKept = put(patient, "attachments", keptAttachment, Duration.ofDays(2));
        String oldUnusedForm = put(patient, "consent-forms", unusedForm, Duration.ofDays(2));
        String youngOrphan = put(patient, "attachments", ids.next(), Duration.ZERO);
        String projectOrphan = "projects/" + project + "/attachments/" + ids.next();
        putAged(projectOrphan, Duration.ofDays(2));
        String projectKept = "projects/" + project + "/attachments/" + keptProjectFile;
        putAged(projectKept, Duration.ofDays(2));
        String elsewhere = "exports/" + ids.next() + ".csv";
        putAged(elsewhere, Duration.ofDays(2));

        String summary = Scheduler.json(system.runScheduled("RetentionFunction"));

        assertFalse(exists(expiredPost), "expired: " + summary);
        assertFalse(exists(expiredUpload));
        assertTrue(exists(livePost) && exists(attachment), "still kept");
        assertFalse(stored(oldOrphan), "a day-old file without its record");
        assertFalse(stored(oldUnusedForm), "a day-old upload whose record expired");
        assertTrue(stored(oldKept), "a file whose attachment is kept");
        assertTrue(stored(youngOrphan), "a file younger than a day may still get its record");
        assertFalse(stored(projectOrphan), "a day-old project file never posted, or whose post expired");
        assertTrue(stored(projectKept), "a project file whose attachment is kept");
        assertTrue(stored(elsewhere), "keys outside patients/ and projects/ are not the sweep's");
        assertTrue(summary.contains("\"orphanedFiles\""), summary);
    }

    @Test
    void aWithdrawalThatWasNeverQueuedIsQueuedAgainAndPurged() throws InterruptedException {
        String patient = ids.next();
        BulkPatient.write(system.clients().dynamoDb(), table(), system.clients().s3(), bucket(), patient, 40, 3);
        // a request that stopped after storing the withdrawal, before marking the patient and queueing it
        Withdrawal stalled = Withdrawal.accepted(ids.next(), patient, DemoSeed.NETWORK_ID, Consent.ConsentGiver.PATIENT,
                null, LocalDate.now(), null, DemoSeed.NURSE, DemoSeed.NURSING_STATION,
                Instant.now().minus(Duration.ofHours(2)));
        DynamoWithdrawals.on(system.clients().dynamoDb(), table()).create(stalled);
        assertTrue(DynamoPatients.on(system.clients().dynamoDb(), table()).networkOf(patient).isPresent());

        String summary = Scheduler.json(system.runScheduled("RetentionFunction"));
        assertTrue(summary.matches(".*\"requeuedWithdrawals\":[1-9].*"), summary);
        assertTrue(system.poller("PurgeFunction").awaitDrained(Duration.ofSeconds(60)));

        Withdrawal receipt = DynamoWithdrawals.on(system.clients().dynamoDb(), table()).find(stalled.id()).orElseThrow();
        assertEquals("completed", receipt.status().code());
        assertEquals(43, receipt.items());
        assertEquals(3, receipt.objects());
        assertTrue(DynamoPatients.on(system.clients().dynamoDb(), table()).networkOf(patient).isEmpty());
        assertEquals(0, system.clients().s3().listObjectsV2(request -> request.bucket(bucket())
                .prefix("patients/" + patient + "/")).keyCount());
    }

    private static Map<String, AttributeValue> item(String patientId, String sortKey, Instant expiresAt) {
        return Map.of(Keys.PK, AttributeValue.fromS("PATIENT#" + patientId), Keys.SK, AttributeValue.fromS(sortKey),
                Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
    }

    private boolean exists(Map<String, AttributeValue> item) {
        return system.clients().dynamoDb().getItem(request -> request.tableName(table()).consistentRead(true)
                .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)))).hasItem();
    }

    private String put(String patientId, String kind, String fileId, Duration age) throws IOException {
        String key = "patients/" + patientId + "/" + kind + "/" + fileId;
        putAged(key, age);
        return key;
    }

    /** A file stored {@code age} ago: the S3 stand-in dates an object by its file's modification time. */
    private void putAged(String key, Duration age) throws IOException {
        system.clients().s3().putObject(request -> request.bucket(bucket()).key(key), RequestBody.fromBytes(new byte[]{1}));
        Path file = system.standIns().dataFolder().resolve("s3").resolve(bucket()).resolve(key);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age).truncatedTo(ChronoUnit.SECONDS)));
        Instant stored = system.clients().s3().headObject(request -> request.bucket(bucket()).key(key)).lastModified();
        assertTrue(Duration.between(stored, Instant.now()).compareTo(age.minusMinutes(1)) >= 0, key + " " + stored);
    }

    private boolean stored(String key) {
        return system.clients().s3().listObjectsV2(request -> request.bucket(bucket()).prefix(key)).keyCount() > 0;
    }

    private String table() {
        return system.resources().tableName("DomainTable");
    }

    private String bucket() {
        return system.resources().bucketName("AttachmentsBucket");
    }
}
