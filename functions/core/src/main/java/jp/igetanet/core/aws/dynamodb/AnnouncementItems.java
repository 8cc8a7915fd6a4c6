package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.portal.Announcement;
import jp.igetanet.core.portal.AnnouncementKind;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps an {@link Announcement} to its item and back; the item is in its network's GSI1 list. */
final class AnnouncementItems {

    static final String KIND = "kind";

    private AnnouncementItems() {
    }

    static Map<String, AttributeValue> toItem(Announcement a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.announcement(a.id()));
        item.put("type", s("announcement"));
        item.put("id", s(a.id()));
        item.put("networkId", s(a.networkId()));
        item.put(KIND, s(a.kind().code()));
        item.put("title", s(a.title()));
        item.put("body", s(a.body()));
        if (a.serviceEndsOn() != null) {
            item.put("serviceEndsOn", s(a.serviceEndsOn().toString()));
        }
        item.put("publishedAt", instant(a.publishedAt()));
        item.put("publishedBy", s(a.publishedBy()));
        item.put("updatedAt", instant(a.updatedAt()));
        item.put("version", n(a.version()));
        item.put(Keys.GSI1PK, s(Keys.announcementsOf(a.networkId())));
        item.put(Keys.GSI1SK, s(a.id()));
        return item;
    }

    static Announcement fromItem(Map<String, AttributeValue> item) {
        String endsOn = string(item, "serviceEndsOn");
        return new Announcement(string(item, "id"), string(item, "networkId"),
                AnnouncementKind.fromCode(string(item, KIND)).orElse(AnnouncementKind.NOTICE), string(item, "title"),
                string(item, "body"), endsOn == null ? null : LocalDate.parse(endsOn), instant(item, "publishedAt"),
                string(item, "publishedBy"), instant(item, "updatedAt"), number(item, "version"));
    }
}
