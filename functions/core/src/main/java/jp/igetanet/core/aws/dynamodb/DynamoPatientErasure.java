package jp.igetanet.core.aws.dynamodb;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.aws.s3.S3FileStore;
import jp.igetanet.core.patient.PatientErasure;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * {@link PatientErasure} on the domain table and the attachments bucket. Files go first, then the consent-form
 * uploads (found by the index and by the consents that name them, so they must go before the consents) and the
 * stored answers to idempotent requests about the patient (found by the index), then the
 * patient's partition, the patient item last: while anything is left, the patient stays marked withdrawn. Deletes
 * are batched (1,000 keys per S3 request, 25 per BatchWriteItem) and everything is found again by reading, so a
 * repeated run deletes what an interrupted one left.
 */
@Singleton
@Requires(classes = S3Client.class)
public class DynamoPatientErasure implements PatientErasure {

    private static final int ITEMS_PER_BATCH = 25;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ItemStore items;
    private final S3Client s3;
    private final String bucket;

    public DynamoPatientErasure(DynamoDbClient dynamoDb, DomainTable table, S3Client s3,
                                @Value("${" + S3FileStore.BUCKET_PROPERTY + "}") String bucket) {
        this.dynamoDb = dynamoDb;
        this.table = table.name();
        this.items = new ItemStore(dynamoDb, table);
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Tally tally(String patientId) {
        long items = partitionKeys(patientId).size() + formKeys(patientId).size() + answerKeys(patientId).size();
        long objects = 0;
        String token = null;
        do {
            ListObjectsV2Response page = listFiles(patientId, token);
            objects += page.keyCount();
            token = page.nextContinuationToken();
        } while (token != null);
        return new Tally(items, objects);
    }

    @Override
    public boolean erase(String patientId, BooleanSupplier mayGoOn) {
        if (!deleteFiles(patientId, mayGoOn) || !deleteItems(formKeys(patientId), mayGoOn)
                || !deleteItems(answerKeys(patientId), mayGoOn)) {
            return false;
        }
        List<Map<String, AttributeValue>> partition = partitionKeys(patientId);
        Map<String, AttributeValue> patientItem = Keys.patient(patientId);
        if (!deleteItems(partition.stream().filter(key -> !key.equals(patientItem)).toList(), mayGoOn)) {
            return false;
        }
        deleteItems(List.of(patientItem), () -> true);
        return partitionKeys(patientId).isEmpty() && formKeys(patientId).isEmpty() && answerKeys(patientId).isEmpty()
                && listFiles(patientId, null).keyCount() == 0;
    }

    private boolean deleteFiles(String patientId, BooleanSupplier mayGoOn) {
        while (mayGoOn.getAsBoolean()) {
            List<S3Object> files = listFiles(patientId, null).contents();
            if (files.isEmpty()) {
                return true;
            }
            s3.deleteObjects(request -> request.bucket(bucket).delete(delete -> delete.quiet(true)
                    .objects(files.stream().map(file -> ObjectIdentifier.builder().key(file.key()).build()).toList())));
        }
        return false;
    }

    private ListObjectsV2Response listFiles(String patientId, String continuationToken) {
        return s3.listObjectsV2(request -> request.bucket(bucket).prefix("patients/" + patientId + "/")
                .continuationToken(continuationToken));
    }

    /** Deletes in batches of 25, retrying what DynamoDB leaves unprocessed; false when told to stop first. */
    private boolean deleteItems(List<Map<String, AttributeValue>> keys, BooleanSupplier mayGoOn) {
        for (int from = 0; from < keys.size(); from += ITEMS_PER_BATCH) {
            if (!mayGoOn.getAsBoolean()) {
                return false;
            }
            List<WriteRequest> pending = keys.subList(from, Math.min(keys.size(), from + ITEMS_PER_BATCH)).stream()
                    .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build())
                    .toList();
            while (!pending.isEmpty()) {
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse response = dynamoDb.batchWriteItem(request ->
                        request.requestItems(Map.of(table, batch)));
                pending = response.unprocessedItems().getOrDefault(table, List.of());
            }
        }
        return true;
    }

    /** Every key of the patient's partition, read consistently. */
    private List<Map<String, AttributeValue>> partitionKeys(String patientId) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        queryAll(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.PATIENT + patientId))))
                .forEach(item -> keys.add(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))));
        return keys;
    }

    /**
     * The consent-form uploads of the patient that exist: those the index lists and those the consents name (forms
     * uploaded before the index existed).
     */
    private List<Map<String, AttributeValue>> formKeys(String patientId) {
        Set<String> formIds = new LinkedHashSet<>();
        queryAll(QueryRequest.builder().tableName(table).indexName(Keys.GSI2)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI2PK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.formsOfPatient(patientId)))))
                .forEach(item -> formIds.add(string(item, "id")));
        queryAll(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :consent)")
                .projectionExpression("formId")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.PATIENT + patientId), ":consent", s(Keys.CONSENT))))
                .forEach(item -> formIds.add(string(item, "formId")));
        formIds.remove(null);
        List<Map<String, AttributeValue>> existing = new ArrayList<>();
        List<String> ids = List.copyOf(formIds);
        for (int from = 0; from < ids.size(); from += 100) {
            items.getAll(ids.subList(from, Math.min(ids.size(), from + 100)).stream().map(Keys::consentForm).toList())
                    .forEach(item -> existing.add(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))));
        }
        return existing;
    }

    /** The stored answers to idempotent requests that are about the patient (they may quote the record). */
    private List<Map<String, AttributeValue>> answerKeys(String patientId) {
        return queryAll(QueryRequest.builder().tableName(table).indexName(Keys.GSI2)
                .keyConditionExpression("#pk = :pk")
                .projectionExpression("#tablePk, #tableSk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI2PK, "#tablePk", Keys.PK, "#tableSk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.answersAboutPatient(patientId)))))
                .stream().map(item -> Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))).toList();
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest.Builder request) {
        return dynamoDb.queryPaginator(request.build()).items().stream().toList();
    }
}
