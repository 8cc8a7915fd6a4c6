package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.network.Networks;

import java.util.Optional;

/** {@link Networks} in the domain table. */
@Singleton
public class DynamoNetworks implements Networks {

    private final ItemStore items;

    DynamoNetworks(ItemStore items) {
        this.items = items;
    }

    public static DynamoNetworks on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoNetworks(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<Network> find(String networkId) {
        return items.get(Keys.network(networkId)).map(NetworkItems::fromItem);
    }

    @Override
    public void create(Network network) {
        items.create(NetworkItems.toItem(network));
    }
}
