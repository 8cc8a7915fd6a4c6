package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditSearch;
import jp.igetanet.core.audit.ChainedRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AuditLog} in the audit table. Appending puts the next record on a key that must not exist yet, linked to the
 * chain's last record: the one this function instance appended last when it has one (one request), or else the
 * last one read back (two). When another function appended meanwhile, the put loses its condition and the append
 * reads the new last record and tries again, so the chain never forks and nothing is overwritten. A chain is per
 * network per day, so one network's audited actions are appended one at a time: ample for a municipality's few
 * hundred users.
 */
@Singleton
public class DynamoAuditLog implements AuditLog, AuditSearch {

    static final int ATTEMPTS = 25;
    /** Chains whose last record an instance remembers; a day has one per network, so this is never reached. */
    private static final int REMEMBERED_CHAINS = 64;

    private final DynamoDbClient dynamoDb;
    private final AuditTable table;
    private final Map<String, ChainedRecord> appendedLast = new java.util.concurrent.ConcurrentHashMap<>();

    DynamoAuditLog(DynamoDbClient dynamoDb, AuditTable table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public static DynamoAuditLog on(DynamoDbClient client, String tableName) {
        return new DynamoAuditLog(client, new AuditTable(tableName));
    }

    @Override
    public ChainedRecord record(AuditEvent event) {
        String chain = AuditChain.chainOf(event);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ChainedRecord remembered = appendedLast.remove(chain);
            ChainedRecord next = AuditChain.append(remembered != null ? Optional.of(remembered) : last(chain), event);
            try {
                dynamoDb.putItem(request -> request
                        .tableName(table.name())
                        .item(AuditItems.toItem(next))
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK)));
                if (appendedLast.size() >= REMEMBERED_CHAINS) {
                    appendedLast.clear();
                }
                appendedLast.put(chain, next);
                return next;
            } catch (ConditionalCheckFailedException taken) {
                // Another function appended this number first. If this instance only remembered an older last record,
                // read the chain's real last one at once; otherwise wait a little, at random so that the contenders
                // spread out, and link to its record instead.
                if (remembered == null) {
                    pause(attempt);
                }
            }
        }
        throw new IllegalStateException("could not append to audit chain " + chain + " in " + ATTEMPTS + " attempts");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit log", e);
        }
    }

    @Override
    public List<ChainedRecord> chain(String chain) {
        return dynamoDb.queryPaginator(query(chain).consistentRead(true).build()).items().stream()
                .map(AuditItems::fromItem)
                .toList();
    }

    @Override
    public Page search(By by, String key, Instant from, Instant to, Optional<Position> after, int limit) {
        AuditItems.SearchIndex searchIndex = AuditItems.SearchIndex.of(by);
        String index = searchIndex.name();
        String partition = searchIndex.partition(key);
        QueryRequest.Builder request = QueryRequest.builder().tableName(table.name()).indexName(index)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", index + "PK", "#sk", index + "SK"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                        ":from", AttributeValue.fromS(AuditItems.timeKey(from)),
                        ":to", AttributeValue.fromS(AuditItems.timeKey(to.minusMillis(1)) + "#~")))
                .limit(limit);
        after.ifPresent(position -> {
            if (!position.chain().startsWith(AuditItems.CHAIN) || !position.sequence().matches("SEQ#\\d{12}")
                    || !position.time().matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]{12}Z#.+")) {
                throw new jp.igetanet.core.error.ApiException(jp.igetanet.core.error.ErrorCode.INVALID_CURSOR);
            }
            request.exclusiveStartKey(Map.of(Keys.PK, AttributeValue.fromS(position.chain()),
                    Keys.SK, AttributeValue.fromS(position.sequence()), index + "PK", AttributeValue.fromS(partition),
                    index + "SK", AttributeValue.fromS(position.time())));
        });
        var response = dynamoDb.query(request.build());
        Optional<Position> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(new Position(response.lastEvaluatedKey().get(Keys.PK).s(),
                        response.lastEvaluatedKey().get(Keys.SK).s(), response.lastEvaluatedKey().get(index + "SK").s()))
                : Optional.empty();
        return new Page(response.items().stream().map(AuditItems::fromItem).toList(), next);
    }

    private Optional<ChainedRecord> last(String chain) {
        return dynamoDb.query(query(chain).scanIndexForward(false).limit(1).consistentRead(true).build())
                .items().stream().findFirst().map(AuditItems::fromItem);
    }

    private QueryRequest.Builder query(String chain) {
        return QueryRequest.builder()
                .tableName(table.name())
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(AuditItems.partition(chain))));
    }
}
