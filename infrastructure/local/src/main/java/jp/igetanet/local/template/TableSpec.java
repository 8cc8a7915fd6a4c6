package jp.igetanet.local.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DynamoDB table: its name expression, key schema, attribute definitions (name → S/N/B, in template order),
 * global secondary indexes and the attribute that TimeToLiveSpecification names (when enabled).
 */
public record TableSpec(
        String logicalId,
        Object tableNameExpression,
        String hashKey,
        Optional<String> rangeKey,
        Map<String, String> attributeDefinitions,
        List<IndexSpec> globalSecondaryIndexes,
        Optional<String> ttlAttribute) {

    public TableSpec {
        attributeDefinitions = Immutables.map(attributeDefinitions);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    }
}
