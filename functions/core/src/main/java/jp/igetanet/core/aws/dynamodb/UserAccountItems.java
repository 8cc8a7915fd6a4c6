package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.facility.KanaReading;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link UserAccount} to its item and back. */
final class UserAccountItems {

    static final String TYPE = "user";
    static final String LAST_SIGN_IN_AT = "lastSignInAt";
    static final String PASSWORD_CHANGED_AT = "passwordChangedAt";
    static final String TEMPORARY_PASSWORD_AT = "temporaryPasswordAt";

    private UserAccountItems() {
    }

    static Map<String, AttributeValue> toItem(UserAccount account) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.user(account.userId()));
        item.put("type", s(TYPE));
        item.put("userId", s(account.userId()));
        item.put("facilityId", s(account.facilityId()));
        item.put("networkId", s(account.networkId()));
        item.put("name", s(account.name()));
        item.put("kana", s(account.kana()));
        item.put("profession", s(account.profession().code()));
        item.put("role", s(account.role().group()));
        item.put("status", s(account.status().name()));
        if (account.passwordChangedAt() != null) {
            item.put(PASSWORD_CHANGED_AT, instant(account.passwordChangedAt()));
        }
        if (account.temporaryPasswordAt() != null) {
            item.put(TEMPORARY_PASSWORD_AT, instant(account.temporaryPasswordAt()));
        }
        if (account.lastSignInAt() != null) {
            // epoch seconds, like the token's auth_time, so that the conditional update compares numbers
            item.put(LAST_SIGN_IN_AT, n(account.lastSignInAt().getEpochSecond()));
        }
        putIfPresent(item, "replaces", account.replaces());
        putIfPresent(item, "replacedBy", account.replacedBy());
        item.put("version", n(account.version()));
        item.put("createdAt", instant(account.createdAt()));
        item.put("updatedAt", instant(account.updatedAt()));
        item.put(Keys.GSI2PK, s(Keys.staffPartition(account.facilityId())));
        item.put(Keys.GSI2SK, s(KanaReading.normalize(account.kana()) + "#" + account.userId()));
        return item;
    }

    /** The exclusive start key of a staff query continuing after this account. */
    static Map<String, AttributeValue> startKey(UserAccount account) {
        Map<String, AttributeValue> item = toItem(account);
        return Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK),
                Keys.GSI2PK, item.get(Keys.GSI2PK), Keys.GSI2SK, item.get(Keys.GSI2SK));
    }

    static UserAccount fromItem(Map<String, AttributeValue> item) {
        return new UserAccount(
                string(item, "userId"),
                string(item, "facilityId"),
                string(item, "networkId"),
                string(item, "name"),
                string(item, "kana"),
                Profession.fromCode(string(item, "profession")).orElse(Profession.OTHER),
                Role.fromGroup(string(item, "role")).orElse(Role.MEMBER),
                UserStatus.valueOf(string(item, "status")),
                instant(item, PASSWORD_CHANGED_AT),
                instant(item, TEMPORARY_PASSWORD_AT),
                item.containsKey(LAST_SIGN_IN_AT) ? Instant.ofEpochSecond(number(item, LAST_SIGN_IN_AT)) : null,
                string(item, "replaces"),
                string(item, "replacedBy"),
                number(item, "version"),
                instant(item, "createdAt"),
                instant(item, "updatedAt"));
    }
}
