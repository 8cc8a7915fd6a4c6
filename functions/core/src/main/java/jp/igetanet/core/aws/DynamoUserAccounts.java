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
}
