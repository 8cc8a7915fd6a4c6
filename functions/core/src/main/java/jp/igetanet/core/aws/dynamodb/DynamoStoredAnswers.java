package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.http.StoredAnswers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.bool;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * {@link StoredAnswers} as one domain-table item per key, {@code IDEMPOTENCY#{id} / ANSWER}, living a day
 * ({@code expiresAt}, the table's TTL; expired ones count as absent). A claim is one conditional put; the answer
 * replaces it on the condition that the claim is still ours; an answer about a patient carries the GSI2 keys
 * {@code PATIENTANSWERS#{patientId}}, so that a withdrawal's purge finds and deletes it with the record (§14-2).
 */
@Singleton
public class DynamoStoredAnswers implements StoredAnswers {

    private static final String FINGERPRINT = "fingerprint";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String STATUS = "status";
    private static final String HEADERS = "headers";
    private static final String BODY = "body";
    private static final String BASE64 = "base64";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ItemStore items;

    public DynamoStoredAnswers(DynamoDbClient dynamoDb, DomainTable table) {
        this.dynamoDb = dynamoDb;
        this.table = table.name();
        this.items = new ItemStore(dynamoDb, table);
    }

    /** The item of a claim: the key, the request's fingerprint, when it was claimed and until when it lives. */
    private static Map<String, AttributeValue> claimItem(Claim claim) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.storedAnswer(claim.id()));
        item.put(FINGERPRINT, s(claim.fingerprint()));
        item.put(CLAIMED_AT, n(claim.claimedAt().toEpochMilli()));
        item.put(Keys.EXPIRES_AT, n(claim.expiresAt().getEpochSecond()));
        return item;
    }

    @Override
    public Optional<Stored> claim(Claim claim, Instant abandonedBefore) {
        Map<String, AttributeValue> item = claimItem(claim);
        try {
            dynamoDb.putItem(request -> request.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #expires <= :now"
                            + " OR (attribute_not_exists(#status) AND #claimed < :abandoned)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#expires", Keys.EXPIRES_AT, "#status", STATUS,
                            "#claimed", CLAIMED_AT))
                    .expressionAttributeValues(Map.of(":now", n(claim.claimedAt().getEpochSecond()),
                            ":abandoned", n(abandonedBefore.toEpochMilli()))));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            Optional<Map<String, AttributeValue>> held = items.get(Keys.storedAnswer(claim.id()));
            // absent: given up or expired between the two requests, so the key is free again
            return held.isPresent() ? held.map(DynamoStoredAnswers::stored) : claim(claim, abandonedBefore);
        }
    }

    @Override
    public void complete(Claim claim, Answer answer, Optional<String> patientId) {
        Map<String, AttributeValue> item = claimItem(claim);
        item.put(STATUS, n(answer.status()));
        Map<String, AttributeValue> headers = new HashMap<>();
        answer.headers().forEach((name, value) -> headers.put(name, s(value)));
        item.put(HEADERS, AttributeValue.fromM(headers));
        Attributes.putIfPresent(item, BODY, answer.body());
        item.put(BASE64, bool(answer.base64Encoded()));
        patientId.ifPresent(patient -> {
            item.put(Keys.GSI2PK, s(Keys.answersAboutPatient(patient)));
            item.put(Keys.GSI2SK, s(claim.id()));
        });
        dynamoDb.putItem(request -> request.tableName(table).item(item)
                .conditionExpression("#claimed = :claimed")
                .expressionAttributeNames(Map.of("#claimed", CLAIMED_AT))
                .expressionAttributeValues(Map.of(":claimed", n(claim.claimedAt().toEpochMilli()))));
    }

    @Override
    public void release(Claim claim) {
        try {
            dynamoDb.deleteItem(request -> request.tableName(table).key(Keys.storedAnswer(claim.id()))
                    .conditionExpression("#claimed = :claimed AND attribute_not_exists(#status)")
                    .expressionAttributeNames(Map.of("#claimed", CLAIMED_AT, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":claimed", n(claim.claimedAt().toEpochMilli()))));
        } catch (ConditionalCheckFailedException e) {
            // taken over as abandoned meanwhile: the record is no longer ours to give up
        }
    }

    private static Stored stored(Map<String, AttributeValue> item) {
        if (!item.containsKey(STATUS)) {
            return new Stored(string(item, FINGERPRINT), Optional.empty());
        }
        Map<String, String> headers = new HashMap<>();
        AttributeValue stored = item.get(HEADERS);
        if (stored != null && stored.hasM()) {
            stored.m().forEach((name, value) -> headers.put(name, value.s()));
        }
        return new Stored(string(item, FINGERPRINT), Optional.of(new Answer((int) number(item, STATUS), headers,
                string(item, BODY), bool(item, BASE64))));
    }
}
