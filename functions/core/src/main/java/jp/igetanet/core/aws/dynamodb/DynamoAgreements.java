package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.network.AgreementStatus;
import jp.igetanet.core.network.Agreements;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

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
        return items.get(Keys.openAgreement(networkId, otherNetworkId)).map(DynamoAgreements::agreementOf);
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
                .map(DynamoAgreements::agreementOf)
                .forEach(agreement -> byId.merge(agreement.id(), agreement,
                        (one, other) -> one.status() == AgreementStatus.ENDED ? one : other));
        return byId.values().stream().sorted(Comparator.comparing(Agreement::id).reversed()).toList();
    }

    @Override
    public void propose(Agreement agreement) {
        items.create(itemOf(agreement, Keys.openAgreement(agreement.proposerNetworkId(), agreement.partnerNetworkId())));
    }

    @Override
    public boolean accept(Agreement accepted) {
        return items.replaceIf(itemOf(accepted, Keys.openAgreement(accepted.proposerNetworkId(), accepted.partnerNetworkId())),
                "#id = :id AND #status = :proposed", Map.of("#id", "id", "#status", "status"),
                Map.of(":id", s(accepted.id()), ":proposed", s(AgreementStatus.PROPOSED.code())));
    }

    /** The ended copy first, then the open item goes: the agreement stops at the second write, never before. */
    @Override
    public void end(Agreement ended) {
        // an ending that failed after this step kept the copy already
        items.createIfAbsent(itemOf(ended, Keys.endedAgreement(ended.proposerNetworkId(), ended.partnerNetworkId(), ended.id())));
        items.deleteIf(Keys.openAgreement(ended.proposerNetworkId(), ended.partnerNetworkId()), "#id = :id",
                Map.of("#id", "id"), Map.of(":id", s(ended.id())));
    }

    private static Map<String, AttributeValue> itemOf(Agreement agreement, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("type", s("agreement"));
        item.put("id", s(agreement.id()));
        item.put("proposerNetworkId", s(agreement.proposerNetworkId()));
        item.put("partnerNetworkId", s(agreement.partnerNetworkId()));
        item.put("status", s(agreement.status().code()));
        putIfPresent(item, "title", agreement.title());
        item.put("proposedBy", s(agreement.proposedBy()));
        item.put("proposedAt", Attributes.instant(agreement.proposedAt()));
        putIfPresent(item, "acceptedBy", agreement.acceptedBy());
        if (agreement.acceptedAt() != null) {
            item.put("acceptedAt", Attributes.instant(agreement.acceptedAt()));
        }
        putIfPresent(item, "endedBy", agreement.endedBy());
        if (agreement.endedAt() != null) {
            item.put("endedAt", Attributes.instant(agreement.endedAt()));
        }
        item.put(Keys.GSI1PK, s(Keys.agreementsPartition(agreement.proposerNetworkId())));
        item.put(Keys.GSI1SK, s(agreement.id()));
        item.put(Keys.GSI2PK, s(Keys.agreementsPartition(agreement.partnerNetworkId())));
        item.put(Keys.GSI2SK, s(agreement.id()));
        return item;
    }

    private static Agreement agreementOf(Map<String, AttributeValue> item) {
        return new Agreement(string(item, "id"), string(item, "proposerNetworkId"), string(item, "partnerNetworkId"),
                AgreementStatus.fromCode(string(item, "status")).orElse(AgreementStatus.ENDED), string(item, "title"),
                string(item, "proposedBy"), instant(item, "proposedAt"), string(item, "acceptedBy"),
                instant(item, "acceptedAt"), string(item, "endedBy"), instant(item, "endedAt"));
    }
}
