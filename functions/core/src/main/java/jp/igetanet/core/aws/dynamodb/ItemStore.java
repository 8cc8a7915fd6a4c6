package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
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

    /** Writes an item unless its key exists; false when it does (a retry, or a first time already noted). */
    boolean createIfAbsent(Map<String, AttributeValue> item) {
        try {
            create(item);
            return true;
        } catch (ApiException taken) {
            return false;
        }
    }

    /** Writes an item whatever was there: for what has one current state and no history (a setting). */
    void put(Map<String, AttributeValue> item) {
        dynamoDb.putItem(request -> request.tableName(table.name()).item(item));
    }

    /** Replaces an item when its condition holds; false when it does not (nothing is changed then). */
    boolean replaceIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                      Map<String, AttributeValue> values) {
        try {
            dynamoDb.putItem(request -> request.tableName(table.name()).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values.isEmpty() ? null : values));
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

    /** The items of these keys (at most 100), read in one batch and again for any the service left unprocessed. */
    List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, KeysAndAttributes> pending = keys.isEmpty() ? Map.of()
                : Map.of(table.name(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> request = pending;
            BatchGetItemResponse response = dynamoDb.batchGetItem(builder -> builder.requestItems(request));
            found.addAll(response.responses().getOrDefault(table.name(), List.of()));
            pending = response.unprocessedKeys();
        }
        return found;
    }

    /** Applies an update whatever the item holds, creating it when absent. */
    void update(Map<String, AttributeValue> key, String update, Map<String, String> names,
                Map<String, AttributeValue> values) {
        dynamoDb.updateItem(request -> request.tableName(table.name()).key(key).updateExpression(update)
                .expressionAttributeNames(names).expressionAttributeValues(values));
    }

    /** Deletes an item when its condition holds; false when it does not. */
    boolean deleteIf(Map<String, AttributeValue> key, String condition, Map<String, String> names,
                     Map<String, AttributeValue> values) {
        try {
            dynamoDb.deleteItem(request -> request.tableName(table.name()).key(key).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    QueryResponse query(QueryRequest.Builder request) {
        return dynamoDb.query(request.tableName(table.name()).build());
    }

    /** A read that filters reads on at most this many times before it answers what it found. */
    static final int MAX_QUERIES = 10;

    /**
     * Up to {@code wanted} items of a query that may filter, from {@code start} on. DynamoDB applies a filter after it
     * counts {@code Limit}, so the reads go on (at most {@link #MAX_QUERIES}) until enough are found;
     * {@code readLimit} gives each read's {@code Limit} from how many are still wanted (0: none).
     */
    List<Map<String, AttributeValue>> collect(QueryRequest.Builder request, Map<String, AttributeValue> start, int wanted,
                                              java.util.function.IntUnaryOperator readLimit) {
        return collectPage(request, start, wanted, readLimit).items();
    }

    /**
     * Items {@link #collect}ed, and the key to continue after when there may be more: the last item's when enough
     * were found, the last key read when the reads ran out first; empty when the query reached its end.
     */
    record Collected(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> continueAfter) {
    }

    /** The same as {@link #collect}, saying where a next page would start. */
    Collected collectPage(QueryRequest.Builder request, Map<String, AttributeValue> start, int wanted,
                          java.util.function.IntUnaryOperator readLimit) {
        List<Map<String, AttributeValue>> found = new java.util.ArrayList<>();
        Map<String, AttributeValue> from = start;
        for (int query = 0; query < MAX_QUERIES && wanted > 0; query++) {
            int limit = readLimit.applyAsInt(wanted - found.size());
            QueryResponse response = query(request.limit(limit > 0 ? limit : null).exclusiveStartKey(from));
            int taken = Math.min(response.items().size(), wanted - found.size());
            found.addAll(response.items().subList(0, taken));
            boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
            if (found.size() == wanted) {
                return new Collected(found, more || response.items().size() > taken ? Optional.of(found.getLast())
                        : Optional.empty());
            }
            if (!more) {
                return new Collected(found, Optional.empty());
            }
            from = response.lastEvaluatedKey();
        }
        return new Collected(found, wanted > 0 ? Optional.of(from) : Optional.empty());
    }
}
