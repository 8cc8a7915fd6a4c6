package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.portal.Overview;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a network's portal {@link Overview} to its item and back; the network is in the item's key only. */
final class OverviewItems {

    private OverviewItems() {
    }

    static Map<String, AttributeValue> toItem(Overview overview) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.overview(overview.networkId()));
        item.put("type", s("overview"));
        item.put("title", s(overview.title()));
        item.put("body", s(overview.body()));
        item.put("version", n(overview.version()));
        item.put("updatedAt", instant(overview.updatedAt()));
        item.put("updatedBy", s(overview.updatedBy()));
        return item;
    }

    static Overview fromItem(String networkId, Map<String, AttributeValue> item) {
        return new Overview(networkId, string(item, "title"), string(item, "body"), number(item, "version"),
                instant(item, "updatedAt"), string(item, "updatedBy"));
    }
}
