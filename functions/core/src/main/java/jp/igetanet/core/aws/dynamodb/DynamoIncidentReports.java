package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.incident.IncidentReport;
import jp.igetanet.core.incident.IncidentReports;
import jp.igetanet.core.incident.IncidentStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;

/**
 * {@link IncidentReports} in the domain table ({@link DomainTable}): one item per report, listed newest first for
 * its network (GSI1) and for its facility (GSI2), both keyed by the time-ordered report id.
 */
@Singleton
public class DynamoIncidentReports implements IncidentReports {

    private final ItemStore items;

    DynamoIncidentReports(ItemStore items) {
        this.items = items;
    }

    public static DynamoIncidentReports on(DynamoDbClient client, String tableName) {
        return new DynamoIncidentReports(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(IncidentReport report) {
        items.create(IncidentReportItems.toItem(report));
    }

    @Override
    public Optional<IncidentReport> find(String reportId) {
        return items.get(Keys.incidentReport(reportId)).map(IncidentReportItems::fromItem);
    }

    @Override
    public void update(IncidentReport report, long expectedVersion) {
        if (!items.replaceIf(IncidentReportItems.toItem(report), "#version = :expected", Map.of("#version", "version"),
                Map.of(":expected", n(expectedVersion)))) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public List<IncidentReport> ofNetwork(String networkId, Optional<IncidentStatus> status,
                                          Optional<String> afterReportId, int limit) {
        return list(Keys.GSI1, Keys.GSI1PK, Keys.GSI1SK, Keys.incidentsOfNetwork(networkId), status, Optional.empty(),
                afterReportId, limit);
    }

    @Override
    public List<IncidentReport> ofFacility(String facilityId, Optional<IncidentStatus> status,
                                           Optional<String> reportedBy, Optional<String> afterReportId, int limit) {
        return list(Keys.GSI2, Keys.GSI2PK, Keys.GSI2SK, Keys.incidentsOfFacility(facilityId), status, reportedBy,
                afterReportId, limit);
    }

    /** One index partition newest first, filtered on status and reporter when asked; a filtered page reads on. */
    private List<IncidentReport> list(String index, String pkName, String skName, String partition,
                                      Optional<IncidentStatus> status, Optional<String> reportedBy,
                                      Optional<String> afterReportId, int limit) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", pkName));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        List<String> filters = new ArrayList<>();
        status.ifPresent(wanted -> {
            filters.add("#status = :status");
            names.put("#status", IncidentReportItems.STATUS);
            values.put(":status", s(wanted.code()));
        });
        reportedBy.ifPresent(userId -> {
            filters.add("#reportedBy = :reportedBy");
            names.put("#reportedBy", IncidentReportItems.REPORTED_BY);
            values.put(":reportedBy", s(userId));
        });
        QueryRequest.Builder request = QueryRequest.builder().indexName(index).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(names).expressionAttributeValues(values).scanIndexForward(false)
                .filterExpression(filters.isEmpty() ? null : String.join(" AND ", filters));
        Map<String, AttributeValue> start = afterReportId.map(after -> {
            Map<String, AttributeValue> key = new HashMap<>(Keys.incidentReport(after));
            key.put(pkName, s(partition));
            key.put(skName, s(after));
            return key;
        }).orElse(null);
        return items.collect(request, start, limit, remaining -> filters.isEmpty() ? remaining : remaining + limit)
                .stream().map(IncidentReportItems::fromItem).toList();
    }
}
