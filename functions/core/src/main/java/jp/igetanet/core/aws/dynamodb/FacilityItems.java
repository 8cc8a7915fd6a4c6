package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.facility.DeregistrationRequest;
import jp.igetanet.core.facility.DirectoryOrder;
import jp.igetanet.core.facility.DirectoryPosition;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static jp.igetanet.core.aws.dynamodb.Attributes.bool;
import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;
import static jp.igetanet.core.aws.dynamodb.Attributes.strings;

/** Maps a {@link Facility} to its item and back; the only place that knows the facility item's attributes. */
final class FacilityItems {

    static final String TYPE = "facility";

    private FacilityItems() {
    }

    static Map<String, AttributeValue> toItem(Facility facility) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.facility(facility.id()));
        item.put("type", s(TYPE));
        item.put("id", s(facility.id()));
        item.put("networkId", s(facility.networkId()));
        item.put("name", s(facility.name()));
        item.put("kana", s(facility.kana()));
        item.put("kind", s(facility.kind().code()));
        putIfPresent(item, "postalCode", facility.postalCode());
        putIfPresent(item, "address", facility.address());
        putIfPresent(item, "phone", facility.phone());
        item.put("status", s(facility.status().name()));
        item.put("listed", bool(facility.publication().listed()));
        item.put("publishedFields", Attributes.strings(facility.publication().fields().stream()
                .sorted().map(PublishedField::code).toList()));
        if (facility.deregistration() != null) {
            item.put("deregistrationRequestedAt", instant(facility.deregistration().requestedAt()));
            item.put("deregistrationRequestedBy", s(facility.deregistration().requestedBy()));
            putIfPresent(item, "deregistrationReason", facility.deregistration().reason());
        }
        item.put("version", n(facility.version()));
        item.put("createdAt", instant(facility.createdAt()));
        item.put("updatedAt", instant(facility.updatedAt()));
        if (facility.isInDirectory()) {
            item.put(Keys.GSI1PK, s(Keys.directoryPartition(facility.networkId())));
            item.put(Keys.GSI1SK, s(DirectoryOrder.sortKey(facility)));
        }
        return item;
    }

    static Facility fromItem(Map<String, AttributeValue> item) {
        Set<PublishedField> fields = EnumSet.noneOf(PublishedField.class);
        strings(item, "publishedFields").forEach(code -> PublishedField.fromCode(code).ifPresent(fields::add));
        return new Facility(
                string(item, "id"),
                string(item, "networkId"),
                string(item, "name"),
                string(item, "kana"),
                FacilityKind.fromCode(string(item, "kind")).orElse(FacilityKind.OTHER),
                string(item, "postalCode"),
                string(item, "address"),
                string(item, "phone"),
                FacilityStatus.valueOf(string(item, "status")),
                new Publication(bool(item, "listed"), fields),
                item.containsKey("deregistrationRequestedAt")
                        ? new DeregistrationRequest(instant(item, "deregistrationRequestedAt"),
                                string(item, "deregistrationRequestedBy"), string(item, "deregistrationReason"))
                        : null,
                number(item, "version"),
                instant(item, "createdAt"),
                instant(item, "updatedAt"));
    }

    static DirectoryPosition positionOf(Map<String, AttributeValue> item) {
        return new DirectoryPosition(string(item, Keys.GSI1SK), string(item, "id"));
    }
}
