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
    public boolean noteSignIn(String userId, java.time.Instant signedInAt) {
        return items.updateIf(Keys.user(userId),
                "SET #at = :at",
                "attribute_exists(#pk) AND (attribute_not_exists(#at) OR #at < :at)",
                java.util.Map.of("#at", UserAccountItems.LAST_SIGN_IN_AT, "#pk", Keys.PK),
                java.util.Map.of(":at", Attributes.n(signedInAt.getEpochSecond())));
    }
}
