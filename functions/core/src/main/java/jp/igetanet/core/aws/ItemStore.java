package jp.igetanet.core.aws;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.Map;
import java.util.Optional;

/** Single-item reads and writes on the domain table, shared by the repositories. */
@Singleton
class ItemStore {

    private final DynamoDbClient dynamoDb;
    private final DomainTable table;

    ItemStore(DynamoDbClient dynamoDb, DomainTable table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(table.name()).key(key).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Writes an item whose key must not exist yet: never overwrites (§27-1(8)). */
    void create(Map<String, AttributeValue> item) {
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(table.name())
                    .item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    /** Replaces an item when its condition holds; false when it does not (nothing is changed then). */
    boolean replaceIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                      Map<String, AttributeValue> values) {
        try {
            dynamoDb.putItem(request -> request.tableName(table.name()).item(item)
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Applies an update when its condition holds; false when it does not (nothing is changed then). */
    boolean updateIf(Map<String, AttributeValue> key, String update, String condition, Map<String, String> names,
                     Map<String, AttributeValue> values) {
        try {
            dynamoDb.updateItem(request -> request.tableName(table.name()).key(key)
                    .updateExpression(update).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    QueryResponse query(QueryRequest.Builder request) {
        return dynamoDb.query(request.tableName(table.name()).build());
    }
}
