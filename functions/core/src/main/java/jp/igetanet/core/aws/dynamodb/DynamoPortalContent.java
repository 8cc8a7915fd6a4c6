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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

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
        return items.get(Keys.overview(networkId)).map(item -> new Overview(networkId, string(item, "title"),
                string(item, "body"), number(item, "version"), instant(item, "updatedAt"), string(item, "updatedBy")));
    }

    @Override
    public void saveOverview(Overview overview, long expectedVersion) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.overview(overview.networkId()));
        item.put("type", s("overview"));
        item.put("title", s(overview.title()));
        item.put("body", s(overview.body()));
        item.put("version", n(overview.version()));
        item.put("updatedAt", instant(overview.updatedAt()));
        item.put("updatedBy", s(overview.updatedBy()));
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
                .items().stream().map(item -> new TermsVersion(networkId, LocalDate.parse(string(item, "effectiveOn")),
                        string(item, "title"), string(item, "text"), instant(item, "publishedAt"),
                        string(item, "publishedBy"))).toList();
    }

    @Override
    public void publishTerms(TermsVersion version) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.termsVersion(version.networkId(), version.version()));
        item.put("type", s("terms-version"));
        item.put("effectiveOn", s(version.version()));
        item.put("title", s(version.title()));
        item.put("text", s(version.text()));
        item.put("publishedAt", instant(version.publishedAt()));
        item.put("publishedBy", s(version.publishedBy()));
        items.create(item);
    }

    @Override
    public ServiceStatus status(String networkId) {
        return items.get(Keys.serviceStatus(networkId))
                .map(item -> new ServiceStatus(networkId, "suspended".equals(string(item, "state")),
                        string(item, "reason"), instant(item, "since"), instant(item, "expectedEnd"),
                        instant(item, "updatedAt"), string(item, "updatedBy")))
                .orElse(ServiceStatus.running(networkId));
    }

    @Override
    public void saveStatus(ServiceStatus status) {
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
        items.put(item);
    }
}
