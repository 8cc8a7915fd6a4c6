package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.UserPledge;
import jp.igetanet.core.account.UserPledges;

import java.util.Optional;

/** {@link UserPledges} in the domain table, beside the account: {@code USER#{userId} / PLEDGE}. */
@Singleton
public class DynamoUserPledges implements UserPledges {

    private final ItemStore items;

    DynamoUserPledges(ItemStore items) {
        this.items = items;
    }

    @Override
    public void create(UserPledge pledge) {
        items.create(UserPledgeItems.toItem(pledge));
    }

    @Override
    public Optional<UserPledge> find(String userId) {
        return items.get(Keys.userPledge(userId)).map(UserPledgeItems::fromItem);
    }
}
