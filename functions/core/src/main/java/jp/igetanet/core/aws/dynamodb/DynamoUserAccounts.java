package jp.igetanet.core.aws.dynamodb;

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
    public boolean noteSignIn(String userId, java.time.Instant signedInAt, boolean passwordSet) {
        return items.updateIf(Keys.user(userId),
                passwordSet ? "SET #at = :at, #changed = :changed REMOVE #temporary" : "SET #at = :at",
                "attribute_exists(#pk) AND (attribute_not_exists(#at) OR #at < :at)",
                passwordSet
                        ? java.util.Map.of("#at", UserAccountItems.LAST_SIGN_IN_AT, "#pk", Keys.PK,
                                "#changed", UserAccountItems.PASSWORD_CHANGED_AT,
                                "#temporary", UserAccountItems.TEMPORARY_PASSWORD_AT)
                        : java.util.Map.of("#at", UserAccountItems.LAST_SIGN_IN_AT, "#pk", Keys.PK),
                passwordSet
                        ? java.util.Map.of(":at", Attributes.n(signedInAt.getEpochSecond()),
                                ":changed", Attributes.instant(signedInAt))
                        : java.util.Map.of(":at", Attributes.n(signedInAt.getEpochSecond())));
    }

    @Override
    public void notePasswordChanged(String userId, java.time.Instant at) {
        items.updateIf(Keys.user(userId), "SET #changed = :changed REMOVE #temporary", "attribute_exists(#pk)",
                java.util.Map.of("#changed", UserAccountItems.PASSWORD_CHANGED_AT,
                        "#temporary", UserAccountItems.TEMPORARY_PASSWORD_AT, "#pk", Keys.PK),
                java.util.Map.of(":changed", Attributes.instant(at)));
    }

    @Override
    public void noteTemporaryPassword(String userId, java.time.Instant at) {
        items.updateIf(Keys.user(userId), "SET #temporary = :at", "attribute_exists(#pk)",
                java.util.Map.of("#temporary", UserAccountItems.TEMPORARY_PASSWORD_AT, "#pk", Keys.PK),
                java.util.Map.of(":at", Attributes.instant(at)));
    }
}
