package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;
import jp.igetanet.core.registration.Registrations;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Registrations} in the domain table; GSI1 lists a network's applications by status. */
@Singleton
public class DynamoRegistrations implements Registrations {

    private final ItemStore items;

    DynamoRegistrations(ItemStore items) {
        this.items = items;
    }

    public static DynamoRegistrations on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoRegistrations(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(RegistrationApplication application) {
        items.create(RegistrationItems.toItem(application));
    }

    @Override
    public Optional<RegistrationApplication> find(String applicationId) {
        return items.get(Keys.registration(applicationId)).map(RegistrationItems::fromItem);
    }

    @Override
    public List<RegistrationApplication> list(String networkId, RegistrationStatus status, Optional<String> afterId,
                                              int limit) {
        String partition = Keys.applicationsPartition(networkId, status.code());
        QueryRequest.Builder query = QueryRequest.builder()
                .indexName(Keys.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                .limit(limit);
        // The cursor names an application; where it stands in the index comes from the application itself.
        afterId.flatMap(this::find)
                .filter(after -> after.networkId().equals(networkId) && after.status() == status)
                .ifPresent(after -> query.exclusiveStartKey(RegistrationItems.toItem(after).entrySet().stream()
                        .filter(entry -> List.of(Keys.PK, Keys.SK, Keys.GSI1PK, Keys.GSI1SK).contains(entry.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        return items.query(query).items().stream().map(RegistrationItems::fromItem).toList();
    }

    @Override
    public void update(RegistrationApplication application, long expectedVersion) {
        if (!items.replaceIf(RegistrationItems.toItem(application), "#version = :expected",
                Map.of("#version", "version"), Map.of(":expected", Attributes.n(expectedVersion)))) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }
}
