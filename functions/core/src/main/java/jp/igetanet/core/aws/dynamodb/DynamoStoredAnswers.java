package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.http.StoredAnswers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;

/**
 * {@link StoredAnswers} as one domain-table item per key, {@code IDEMPOTENCY#{id} / ANSWER}, living a day
 * ({@code expiresAt}, the table's TTL; expired ones count as absent). A claim is one conditional put; the answer
 * replaces it on the condition that the claim is still ours; an answer about a patient carries the GSI2 keys
 * {@code PATIENTANSWERS#{patientId}}, so that a withdrawal's purge finds and deletes it with the record (§14-2).
 */
@Singleton
public class DynamoStoredAnswers implements StoredAnswers {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ItemStore items;

    public DynamoStoredAnswers(DynamoDbClient dynamoDb, DomainTable table) {
        this.dynamoDb = dynamoDb;
        this.table = table.name();
        this.items = new ItemStore(dynamoDb, table);
    }

    @Override
    public Optional<Stored> claim(Claim claim, Instant abandonedBefore) {
        Map<String, AttributeValue> item = StoredAnswerItems.toItem(claim);
        try {
            dynamoDb.putItem(request -> request.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #expires <= :now"
                            + " OR (attribute_not_exists(#status) AND #claimed < :abandoned)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#expires", Keys.EXPIRES_AT,
                            "#status", StoredAnswerItems.STATUS, "#claimed", StoredAnswerItems.CLAIMED_AT))
                    .expressionAttributeValues(Map.of(":now", n(claim.claimedAt().getEpochSecond()),
                            ":abandoned", n(abandonedBefore.toEpochMilli()))));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            Optional<Map<String, AttributeValue>> held = items.get(Keys.storedAnswer(claim.id()));
            // absent: given up or expired between the two requests, so the key is free again
            return held.isPresent() ? held.map(StoredAnswerItems::fromItem) : claim(claim, abandonedBefore);
        }
    }

    @Override
    public void complete(Claim claim, Answer answer, Optional<String> patientId) {
        Map<String, AttributeValue> item = StoredAnswerItems.toItem(claim, answer, patientId);
        dynamoDb.putItem(request -> request.tableName(table).item(item)
                .conditionExpression("#claimed = :claimed")
                .expressionAttributeNames(Map.of("#claimed", StoredAnswerItems.CLAIMED_AT))
                .expressionAttributeValues(Map.of(":claimed", n(claim.claimedAt().toEpochMilli()))));
    }

    @Override
    public void release(Claim claim) {
        try {
            dynamoDb.deleteItem(request -> request.tableName(table).key(Keys.storedAnswer(claim.id()))
                    .conditionExpression("#claimed = :claimed AND attribute_not_exists(#status)")
                    .expressionAttributeNames(Map.of("#claimed", StoredAnswerItems.CLAIMED_AT,
                            "#status", StoredAnswerItems.STATUS))
                    .expressionAttributeValues(Map.of(":claimed", n(claim.claimedAt().toEpochMilli()))));
        } catch (ConditionalCheckFailedException e) {
            // taken over as abandoned meanwhile: the record is no longer ours to give up
        }
    }
}
