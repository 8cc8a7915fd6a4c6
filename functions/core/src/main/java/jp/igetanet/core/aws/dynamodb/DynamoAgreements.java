package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.network.AgreementStatus;
import jp.igetanet.core.network.Agreements;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static jp.igetanet.core.aws.dynamodb.Attributes.s;

/**
 * {@link Agreements} in the domain table ({@link DomainTable}): the open agreement of two networks is one item keyed
 * by the pair, so proposing twice fails on its condition and the care-team check is one read; an ended agreement
 * moves to an item of its own beside it. Each item is in both networks' lists: GSI1 by proposer, GSI2 by partner.
 */
@Singleton
public class DynamoAgreements implements Agreements {

    private final ItemStore items;

    DynamoAgreements(ItemStore items) {
        this.items = items;
    }

    public static DynamoAgreements on(DynamoDbClient client, String tableName) {
        return new DynamoAgreements(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<Agreement> open(String networkId, String otherNetworkId) {
        return items.get(Keys.openAgreement(networkId, otherNetworkId)).map(AgreementItems::fromItem);
    }

    @Override
    public List<Agreement> of(String networkId) {
        // an ending interrupted between its two writes leaves the agreement twice; the ended one counts
        Map<String, Agreement> byId = new LinkedHashMap<>();
        Stream.of(Keys.GSI1, Keys.GSI2)
                .flatMap(index -> items.query(QueryRequest.builder().indexName(index)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", index.equals(Keys.GSI1) ? Keys.GSI1PK : Keys.GSI2PK))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.agreementsPartition(networkId)))))
                        .items().stream())
                .map(AgreementItems::fromItem)
                .forEach(agreement -> byId.merge(agreement.id(), agreement,
                        (one, other) -> one.status() == AgreementStatus.ENDED ? one : other));
        return byId.values().stream().sorted(Comparator.comparing(Agreement::id).reversed()).toList();
    }

    @Override
    public void propose(Agreement agreement) {
        items.create(AgreementItems.toItem(agreement,
                Keys.openAgreement(agreement.proposerNetworkId(), agreement.partnerNetworkId())));
    }

    @Override
    public boolean accept(Agreement accepted) {
        return items.replaceIf(AgreementItems.toItem(accepted,
                        Keys.openAgreement(accepted.proposerNetworkId(), accepted.partnerNetworkId())),
                "#id = :id AND #status = :proposed", Map.of("#id", "id", "#status", AgreementItems.STATUS),
                Map.of(":id", s(accepted.id()), ":proposed", s(AgreementStatus.PROPOSED.code())));
    }

    /** The ended copy first, then the open item goes: the agreement stops at the second write, never before. */
    @Override
    public void end(Agreement ended) {
        // an ending that failed after this step kept the copy already
        items.createIfAbsent(AgreementItems.toItem(ended,
                Keys.endedAgreement(ended.proposerNetworkId(), ended.partnerNetworkId(), ended.id())));
        items.deleteIf(Keys.openAgreement(ended.proposerNetworkId(), ended.partnerNetworkId()), "#id = :id",
                Map.of("#id", "id"), Map.of(":id", s(ended.id())));
    }
}
