package jp.igetanet.core.aws;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;

import java.util.Optional;

/** {@link UserAccounts} in the domain table. */
@Singleton
public class DynamoUserAccounts implements UserAccounts {

    private final ItemStore items;

    DynamoUserAccounts(ItemStore items) {
        this.items = items;
    }

    public static DynamoUserAccounts on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoUserAccounts(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return items.get(Keys.user(userId)).map(UserAccountItems::fromItem);
    }

    @Override
    public void create(UserAccount account) {
        items.create(UserAccountItems.toItem(account));
    }

    @Override
    public void update(UserAccount account, long expectedVersion) {
        if (!items.replaceIf(UserAccountItems.toItem(account), "#version = :expected",
                java.util.Map.of("#version", "version"), java.util.Map.of(":expected", Attributes.n(expectedVersion)))) {
            throw new jp.igetanet.core.error.ApiException(jp.igetanet.core.error.ErrorCode.CONFLICT);
        }
    }

    @Override
    public java.util.List<UserAccount> staffOf(String facilityId, java.util.Optional<String> afterUserId, int limit) {
        var query = software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .indexName(Keys.GSI2)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(java.util.Map.of("#pk", Keys.GSI2PK))
                .expressionAttributeValues(java.util.Map.of(":pk",
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(Keys.staffPartition(facilityId))))
                .limit(limit);
        afterUserId.flatMap(this::find)
                .filter(after -> after.facilityId().equals(facilityId))
                .ifPresent(after -> query.exclusiveStartKey(UserAccountItems.startKey(after)));
        return items.query(query).items().stream().map(UserAccountItems::fromItem).toList();
    }

    @Override
    public boolean noteSignIn(String userId, java.time.Instant signedInAt) {
        return items.updateIf(Keys.user(userId),
                "SET #at = :at",
                "attribute_exists(#pk) AND (attribute_not_exists(#at) OR #at < :at)",
                java.util.Map.of("#at", UserAccountItems.LAST_SIGN_IN_AT, "#pk", Keys.PK),
                java.util.Map.of(":at", Attributes.n(signedInAt.getEpochSecond())));
    }
}
