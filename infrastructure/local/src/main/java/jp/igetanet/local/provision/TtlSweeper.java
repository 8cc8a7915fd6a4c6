package jp.igetanet.local.provision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.igetanet.local.template.BucketSpec;
import jp.igetanet.local.template.SamTemplate;
import jp.igetanet.local.template.TableSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Does locally what DynamoDB TTL and S3 lifecycle expiry do on AWS, which the stand-ins lack: deletes items whose
 * time-to-live attribute (epoch seconds, as in the template's TimeToLiveSpecification) is at or before now, and
 * objects older than their bucket's ExpirationInDays. A batch job, so Scan is fine here.
 */
public final class TtlSweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TtlSweeper.class);

    /** A table whose items expire: its name, key attributes and TTL attribute. */
    public record ExpiringTable(String tableName, String hashKey, Optional<String> rangeKey, String ttlAttribute) {
    }

    /** A bucket whose objects expire after {@code expiration}. */
    public record ExpiringBucket(String bucketName, Duration expiration) {
    }

    /** What one sweep deleted. */
    public record Sweep(int expiredItems, int expiredObjects) {
    }

    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final List<ExpiringTable> tables;
    private final List<ExpiringBucket> buckets;
    private ScheduledExecutorService scheduler;

    public TtlSweeper(DynamoDbClient dynamoDb, S3Client s3, List<ExpiringTable> tables, List<ExpiringBucket> buckets) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.tables = List.copyOf(tables);
        this.buckets = List.copyOf(buckets);
    }

    /** Sweeps every table with a TimeToLiveSpecification and every bucket with an expiring lifecycle rule. */
    public static TtlSweeper of(SamTemplate template, LocalResources resources, DynamoDbClient dynamoDb, S3Client s3) {
        List<ExpiringTable> tables = template.tables().stream()
                .filter(t -> t.ttlAttribute().isPresent())
                .map(t -> expiring(t, resources.tableName(t.logicalId())))
                .toList();
        List<ExpiringBucket> buckets = template.buckets().stream()
                .filter(b -> b.expirationDays().isPresent())
                .map(b -> expiring(b, resources.bucketName(b.logicalId())))
                .toList();
        return new TtlSweeper(dynamoDb, s3, tables, buckets);
    }

    private static ExpiringTable expiring(TableSpec table, String name) {
        return new ExpiringTable(name, table.hashKey(), table.rangeKey(), table.ttlAttribute().orElseThrow());
    }

    private static ExpiringBucket expiring(BucketSpec bucket, String name) {
        return new ExpiringBucket(name, Duration.ofDays(bucket.expirationDays().orElseThrow()));
    }

    public List<ExpiringTable> tables() {
        return tables;
    }

    public List<ExpiringBucket> buckets() {
        return buckets;
    }

    /** Deletes everything expired at {@code now}. */
    public Sweep sweepOnce(Instant now) {
        int items = 0;
        for (ExpiringTable table : tables) {
            items += sweep(table, now);
        }
        int objects = 0;
        for (ExpiringBucket bucket : buckets) {
            objects += sweep(bucket, now);
        }
        if (items > 0 || objects > 0) {
            LOG.info("swept {} expired items and {} expired objects", items, objects);
        }
        return new Sweep(items, objects);
    }

    private int sweep(ExpiringTable table, Instant now) {
        Map<String, String> names = new java.util.HashMap<>(Map.of("#ttl", table.ttlAttribute(),
                "#hash", table.hashKey()));
        table.rangeKey().ifPresent(range -> names.put("#range", range));
        Map<String, AttributeValue> values = Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())));
        int deleted = 0;
        // a non-number TTL attribute fails the comparison, and such items never expire — as on AWS
        var expired = dynamoDb.scanPaginator(b -> b
                .tableName(table.tableName())
                .filterExpression("#ttl <= :now")
                .projectionExpression(table.rangeKey().isPresent() ? "#hash, #range" : "#hash")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).items();
        for (Map<String, AttributeValue> key : expired) {
            try {
                dynamoDb.deleteItem(b -> b
                        .tableName(table.tableName())
                        .key(key)
                        .conditionExpression("#ttl <= :now")
                        .expressionAttributeNames(Map.of("#ttl", table.ttlAttribute()))
                        .expressionAttributeValues(values));
                deleted++;
            } catch (ConditionalCheckFailedException e) {
                // renewed since the scan: it lives on
            }
        }
        return deleted;
    }

    private int sweep(ExpiringBucket bucket, Instant now) {
        Instant cutoff = now.minus(bucket.expiration());
        int deleted = 0;
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket.bucketName())).contents()) {
            if (!object.lastModified().isAfter(cutoff)) {
                s3.deleteObject(b -> b.bucket(bucket.bucketName()).key(object.key()));
                deleted++;
            }
        }
        return deleted;
    }

    /** Sweeps now and then every {@code period} on a daemon thread, until closed. */
    public synchronized void start(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweepLogged, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepLogged() {
        try {
            sweepOnce(Instant.now());
        } catch (SdkException e) {
            // a failed sweep (a stand-in restarting, say) must not end the schedule: the next one retries
            LOG.warn("TTL sweep failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
