package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.facility.DirectoryEntry;
import jp.igetanet.core.facility.DirectoryPosition;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Facilities} in the domain table; the directory is the sparse index GSI1. */
@Singleton
public class DynamoFacilities implements Facilities {

    private final ItemStore items;

    DynamoFacilities(ItemStore items) {
        this.items = items;
    }

    public static DynamoFacilities on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoFacilities(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<Facility> find(String facilityId) {
        return items.get(Keys.facility(facilityId)).map(FacilityItems::fromItem);
    }

    @Override
    public void create(Facility facility) {
        items.create(FacilityItems.toItem(facility));
    }

    @Override
    public void update(Facility facility, long expectedVersion) {
        if (!items.replaceIf(FacilityItems.toItem(facility), "#version = :expected",
                Map.of("#version", "version"), Map.of(":expected", Attributes.n(expectedVersion)))) {
            throw new jp.igetanet.core.error.ApiException(jp.igetanet.core.error.ErrorCode.CONFLICT);
        }
    }

    @Override
    public List<DirectoryEntry> directory(String networkId, DirectoryPosition after, int limit) {
        QueryRequest.Builder query = QueryRequest.builder()
                .indexName(Keys.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.directoryPartition(networkId))))
                .limit(limit);
        if (after != null) {
            query.exclusiveStartKey(Keys.directoryStart(networkId, after.sortKey(), after.facilityId()));
        }
        QueryResponse response = items.query(query);
        return response.items().stream()
                .map(item -> new DirectoryEntry(FacilityItems.fromItem(item), FacilityItems.positionOf(item)))
                .toList();
    }
}
