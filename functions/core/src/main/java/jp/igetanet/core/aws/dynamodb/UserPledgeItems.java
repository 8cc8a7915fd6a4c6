package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.account.UserPledge;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a user's {@link UserPledge} to its item and back. */
final class UserPledgeItems {

    private UserPledgeItems() {
    }

    static Map<String, AttributeValue> toItem(UserPledge pledge) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.userPledge(pledge.userId()));
        item.put("type", s("user-pledge"));
        item.put("userId", s(pledge.userId()));
        item.put("formVersion", s(pledge.formVersion()));
        item.put("signedOn", s(pledge.signedOn().toString()));
        item.put("receivedBy", s(pledge.receivedBy()));
        item.put("receivedAt", instant(pledge.receivedAt()));
        return item;
    }

    static UserPledge fromItem(Map<String, AttributeValue> item) {
        return new UserPledge(string(item, "userId"), string(item, "formVersion"),
                LocalDate.parse(string(item, "signedOn")), string(item, "receivedBy"), instant(item, "receivedAt"));
    }
}
