package jp.igetanet.local.template;

import java.util.List;
import java.util.Optional;

/** A global secondary index: key schema and projection. */
public record IndexSpec(
        String indexName,
        String hashKey,
        Optional<String> rangeKey,
        String projectionType,
        List<String> nonKeyAttributes) {

    public IndexSpec {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
}
