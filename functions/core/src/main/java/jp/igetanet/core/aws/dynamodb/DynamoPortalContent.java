package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.portal.Overview;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.ServiceStatus;
import jp.igetanet.core.portal.TermsVersion;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;

/** {@link PortalContent} in the domain table: overview and status beside the network item, terms in their own partition. */
@Singleton
public class DynamoPortalContent implements PortalContent {

    private final ItemStore items;

    DynamoPortalContent(ItemStore items) {
        this.items = items;
    }

    public static DynamoPortalContent on(DynamoDbClient client, String tableName) {
        return new DynamoPortalContent(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<Overview> overview(String networkId) {
        return items.get(Keys.overview(networkId)).map(item -> OverviewItems.fromItem(networkId, item));
    }

    @Override
    public void saveOverview(Overview overview, long expectedVersion) {
        Map<String, AttributeValue> item = OverviewItems.toItem(overview);
        boolean saved = expectedVersion == 0
                ? items.replaceIf(item, "attribute_not_exists(#pk)", Map.of("#pk", Keys.PK), Map.of())
                : items.replaceIf(item, "#version = :expected", Map.of("#version", "version"),
                Map.of(":expected", n(expectedVersion)));
        if (!saved) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public List<TermsVersion> terms(String networkId) {
        return items.query(QueryRequest.builder().keyConditionExpression("#pk = :pk AND begins_with(#sk, :version)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.TERMS + networkId), ":version", s(Keys.TERMS_VERSION)))
                        .scanIndexForward(false))
                .items().stream().map(item -> TermsVersionItems.fromItem(networkId, item)).toList();
    }

    @Override
    public void publishTerms(TermsVersion version) {
        items.create(TermsVersionItems.toItem(version));
    }

    @Override
    public ServiceStatus status(String networkId) {
        return items.get(Keys.serviceStatus(networkId)).map(item -> ServiceStatusItems.fromItem(networkId, item))
                .orElse(ServiceStatus.running(networkId));
    }

    @Override
    public void saveStatus(ServiceStatus status) {
        items.put(ServiceStatusItems.toItem(status));
    }
}
