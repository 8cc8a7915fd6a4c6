package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.network.AgreementStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * Maps an {@link Agreement} to its item and back; the same item is stored under the pair's open key or, once ended,
 * under a key of its own, and is in the proposer's GSI1 and the partner's GSI2 lists.
 */
final class AgreementItems {

    static final String STATUS = "status";

    private AgreementItems() {
    }

    /** The agreement's item under {@code key}: {@link Keys#openAgreement} or {@link Keys#endedAgreement}. */
    static Map<String, AttributeValue> toItem(Agreement agreement, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("type", s("agreement"));
        item.put("id", s(agreement.id()));
        item.put("proposerNetworkId", s(agreement.proposerNetworkId()));
        item.put("partnerNetworkId", s(agreement.partnerNetworkId()));
        item.put(STATUS, s(agreement.status().code()));
        putIfPresent(item, "title", agreement.title());
        item.put("proposedBy", s(agreement.proposedBy()));
        item.put("proposedAt", instant(agreement.proposedAt()));
        putIfPresent(item, "acceptedBy", agreement.acceptedBy());
        if (agreement.acceptedAt() != null) {
            item.put("acceptedAt", instant(agreement.acceptedAt()));
        }
        putIfPresent(item, "endedBy", agreement.endedBy());
        if (agreement.endedAt() != null) {
            item.put("endedAt", instant(agreement.endedAt()));
        }
        item.put(Keys.GSI1PK, s(Keys.agreementsPartition(agreement.proposerNetworkId())));
        item.put(Keys.GSI1SK, s(agreement.id()));
        item.put(Keys.GSI2PK, s(Keys.agreementsPartition(agreement.partnerNetworkId())));
        item.put(Keys.GSI2SK, s(agreement.id()));
        return item;
    }

    static Agreement fromItem(Map<String, AttributeValue> item) {
        return new Agreement(string(item, "id"), string(item, "proposerNetworkId"), string(item, "partnerNetworkId"),
                AgreementStatus.fromCode(string(item, STATUS)).orElse(AgreementStatus.ENDED), string(item, "title"),
                string(item, "proposedBy"), instant(item, "proposedAt"), string(item, "acceptedBy"),
                instant(item, "acceptedAt"), string(item, "endedBy"), instant(item, "endedAt"));
    }
}
