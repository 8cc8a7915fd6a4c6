package jp.igetanet.core.aws.dynamodb;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.aws.s3.S3FileStore;
import jp.igetanet.core.storage.ExpiredData;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the retention sweep deletes beside DynamoDB TTL and the bucket lifecycle (§15): items past their
 * {@code expiresAt} that TTL has not deleted yet (AWS takes up to two days; the local stand-in never does), and
 * patient and project files whose record is gone or expired — unused consent-form uploads, attachments whose item
 * expired or that were never posted — once they are a day old, so that an upload in progress is never touched. A
 * batch job: it scans.
 */
@Singleton
@Requires(classes = S3Client.class)
public class StorageSweeper implements ExpiredData {

    /** Files younger than this are left alone: their record may be on its way. */
    public static final Duration GRACE = Duration.ofDays(1);
    /** The folders of files that a record keeps. */
    private static final List<String> PREFIXES = List.of("patients/", "projects/");

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ItemStore items;
    private final S3Client s3;
    private final String bucket;

    public StorageSweeper(DynamoDbClient dynamoDb, DomainTable table, S3Client s3,
                          @Value("${" + S3FileStore.BUCKET_PROPERTY + "}") String bucket) {
        this.dynamoDb = dynamoDb;
        this.table = table.name();
        this.items = new ItemStore(dynamoDb, table);
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Deletes every item expired at {@code now} (each only if it is still expired); returns how many. */
    @Override
    public int deleteExpiredItems(Instant now) {
        Map<String, AttributeValue> values = Map.of(":now", Attributes.n(now.getEpochSecond()));
        Map<String, String> names = Map.of("#ttl", Keys.EXPIRES_AT);
        int deleted = 0;
        var expired = dynamoDb.scanPaginator(request -> request.tableName(table)
                .filterExpression("#ttl <= :now")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#ttl", Keys.EXPIRES_AT, "#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(values)).items();
        for (Map<String, AttributeValue> key : expired) {
            try {
                dynamoDb.deleteItem(request -> request.tableName(table).key(key).conditionExpression("#ttl <= :now")
                        .expressionAttributeNames(names).expressionAttributeValues(values));
                deleted++;
            } catch (ConditionalCheckFailedException renewed) {
                // no longer expired: it lives on
            }
        }
        return deleted;
    }

    /** Deletes patient and project files older than {@link #GRACE} whose record is missing or expired; how many. */
    @Override
    public int deleteOrphanedFiles(Instant now) {
        Instant bornBefore = now.minus(GRACE);
        List<S3Object> candidates = new ArrayList<>();
        int deleted = 0;
        for (String prefix : PREFIXES) {
            for (S3Object file : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents()) {
                if (file.lastModified().isBefore(bornBefore) && recordKey(file.key()).isPresent()) {
                    candidates.add(file);
                }
                if (candidates.size() == 100) {
                    deleted += deleteOrphans(candidates, now);
                    candidates.clear();
                }
            }
        }
        return deleted + deleteOrphans(candidates, now);
    }

    private int deleteOrphans(List<S3Object> files, Instant now) {
        if (files.isEmpty()) {
            return 0;
        }
        Map<Map<String, AttributeValue>, AttributeValue> live = new HashMap<>();
        items.getAll(files.stream().map(file -> recordKey(file.key()).orElseThrow()).distinct().toList())
                .forEach(item -> live.put(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)),
                        item.getOrDefault(Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(Long.MAX_VALUE)))));
        int deleted = 0;
        for (S3Object file : files) {
            AttributeValue expiresAt = live.get(recordKey(file.key()).orElseThrow());
            if (expiresAt == null || Long.parseLong(expiresAt.n()) <= now.getEpochSecond()) {
                s3.deleteObject(request -> request.bucket(bucket).key(file.key()));
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * The key of the item that keeps a file: {@code patients/{patientId}/attachments/{id}} is kept by its attachment
     * item, {@code patients/{patientId}/consent-forms/{id}} by its upload item, {@code projects/{projectId}/attachments/{id}}
     * by the project's attachment item. Other keys are not the sweep's.
     */
    static Optional<Map<String, AttributeValue>> recordKey(String objectKey) {
        String[] parts = objectKey.split("/");
        if (parts.length != 4) {
            return Optional.empty();
        }
        return switch (parts[0] + "/" + parts[2]) {
            case "patients/attachments" -> Optional.of(Keys.attachment(parts[1], parts[3]));
            case "patients/consent-forms" -> Optional.of(Keys.consentForm(parts[3]));
            case "projects/attachments" -> Optional.of(Keys.projectAttachment(parts[1], parts[3]));
            default -> Optional.empty();
        };
    }
}
