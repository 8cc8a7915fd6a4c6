package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.network.Network;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link Network} to its item and back. */
final class NetworkItems {

    private NetworkItems() {
    }

    static Map<String, AttributeValue> toItem(Network network) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.network(network.id()));
        item.put("type", s("network"));
        item.put("id", s(network.id()));
        item.put("name", s(network.name()));
        item.put("kana", s(network.kana()));
        return item;
    }

    static Network fromItem(Map<String, AttributeValue> item) {
        return new Network(string(item, "id"), string(item, "name"), string(item, "kana"));
    }
}
