package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.UserPledge;
import jp.igetanet.core.account.UserPledges;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, AttributeValue> item = new HashMap<>(Keys.userPledge(pledge.userId()));
        item.put("type", Attributes.s("user-pledge"));
        item.put("userId", Attributes.s(pledge.userId()));
        item.put("formVersion", Attributes.s(pledge.formVersion()));
        item.put("signedOn", Attributes.s(pledge.signedOn().toString()));
        item.put("receivedBy", Attributes.s(pledge.receivedBy()));
        item.put("receivedAt", Attributes.instant(pledge.receivedAt()));
        items.create(item);
    }

    @Override
    public Optional<UserPledge> find(String userId) {
        return items.get(Keys.userPledge(userId)).map(item -> new UserPledge(
                Attributes.string(item, "userId"), Attributes.string(item, "formVersion"),
                LocalDate.parse(Attributes.string(item, "signedOn")), Attributes.string(item, "receivedBy"),
                Attributes.instant(item, "receivedAt")));
    }
}
