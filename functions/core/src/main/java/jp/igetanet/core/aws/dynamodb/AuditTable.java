package jp.igetanet.core.aws.dynamodb;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The append-only audit table (template.yaml {@code AuditTable}): the functions may only put and query.
 *
 * <pre>
 * item           PK                         SK                 GSI1PK / GSI1SK
 * audit record   CHAIN#{networkId}#{date}   SEQ#{000000000001} ACTOR#{userId} / {occurredAt}#{chain}#{sequence}
 *
 * access pattern                                   operation
 * the last record of a chain (to append)           Query PK, descending, limit 1, consistent
 * a chain in order (to verify)                     Query PK, ascending
 * what one user did, by time                       Query GSI1 ACTOR#{userId}
 * </pre>
 */
@Singleton
public class AuditTable {

    /** The configuration property holding the table name: the function environment's {@code AUDIT_TABLE}. */
    public static final String NAME_PROPERTY = "audit.table";

    private final String name;

    public AuditTable(@Value("${" + NAME_PROPERTY + "}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
