package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.portal.ServiceStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a network's {@link ServiceStatus} to its item and back; the network is in the item's key only. */
final class ServiceStatusItems {

    private ServiceStatusItems() {
    }

    static Map<String, AttributeValue> toItem(ServiceStatus status) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.serviceStatus(status.networkId()));
        item.put("type", s("service-status"));
        item.put("state", s(status.state()));
        putIfPresent(item, "reason", status.reason());
        if (status.since() != null) {
            item.put("since", instant(status.since()));
        }
        if (status.expectedEnd() != null) {
            item.put("expectedEnd", instant(status.expectedEnd()));
        }
        item.put("updatedAt", instant(status.updatedAt()));
        item.put("updatedBy", s(status.updatedBy()));
        return item;
    }

    static ServiceStatus fromItem(String networkId, Map<String, AttributeValue> item) {
        return new ServiceStatus(networkId, "suspended".equals(string(item, "state")), string(item, "reason"),
                instant(item, "since"), instant(item, "expectedEnd"), instant(item, "updatedAt"),
                string(item, "updatedBy"));
    }
}
