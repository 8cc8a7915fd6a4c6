package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.incident.IncidentKind;
import jp.igetanet.core.incident.IncidentReport;
import jp.igetanet.core.incident.IncidentStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps an {@link IncidentReport} to its item and back; the item is in its network's GSI1 and facility's GSI2 lists. */
final class IncidentReportItems {

    static final String STATUS = "status";
    static final String REPORTED_BY = "reportedBy";

    private IncidentReportItems() {
    }

    static Map<String, AttributeValue> toItem(IncidentReport report) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.incidentReport(report.id()));
        item.put("type", s("incident-report"));
        item.put("id", s(report.id()));
        item.put("networkId", s(report.networkId()));
        item.put("facilityId", s(report.facilityId()));
        item.put(REPORTED_BY, s(report.reportedBy()));
        item.put("kind", s(report.kind().code()));
        item.put("occurredAt", instant(report.occurredAt()));
        item.put("description", s(report.description()));
        item.put(STATUS, s(report.status().code()));
        putIfPresent(item, "measures", report.measures());
        putIfPresent(item, "updatedBy", report.updatedBy());
        item.put("version", n(report.version()));
        item.put("reportedAt", instant(report.reportedAt()));
        item.put("updatedAt", instant(report.updatedAt()));
        item.put(Keys.GSI1PK, s(Keys.incidentsOfNetwork(report.networkId())));
        item.put(Keys.GSI1SK, s(report.id()));
        item.put(Keys.GSI2PK, s(Keys.incidentsOfFacility(report.facilityId())));
        item.put(Keys.GSI2SK, s(report.id()));
        return item;
    }

    static IncidentReport fromItem(Map<String, AttributeValue> item) {
        return new IncidentReport(string(item, "id"), string(item, "networkId"), string(item, "facilityId"),
                string(item, REPORTED_BY), IncidentKind.fromCode(string(item, "kind")).orElse(IncidentKind.OTHER),
                instant(item, "occurredAt"), string(item, "description"),
                IncidentStatus.fromCode(string(item, STATUS)).orElse(IncidentStatus.RECEIVED),
                string(item, "measures"), string(item, "updatedBy"), number(item, "version"),
                instant(item, "reportedAt"), instant(item, "updatedAt"));
    }
}
