package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.AuditSearch;
import jp.igetanet.core.audit.ChainedRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link ChainedRecord} to its audit table item and back. */
final class AuditItems {

    static final String CHAIN = "CHAIN#";
    static final String SEQUENCE = "SEQ#";
    static final String ACTOR = "ACTOR#";
    static final String TARGET = "TARGET#";
    static final String ACTOR_FACILITY = "FACILITY#";

    private AuditItems() {
    }

    static String partition(String chain) {
        return CHAIN + chain;
    }

    static String sortKey(long sequence) {
        return SEQUENCE + String.format("%012d", sequence);
    }

    /**
     * The search index of each way to search, in time order: who acted (GSI1), what it was about (GSI2), the actor's
     * facility (GSI3). Its key attributes are the name with PK and SK.
     */
    record SearchIndex(String name, String prefix) {

        static SearchIndex of(AuditSearch.By by) {
            return switch (by) {
                case ACTOR -> new SearchIndex(Keys.GSI1, ACTOR);
                case TARGET -> new SearchIndex(Keys.GSI2, TARGET);
                case ACTOR_FACILITY -> new SearchIndex("GSI3", ACTOR_FACILITY);
            };
        }

        String partition(String key) {
            return prefix + key;
        }
    }

    /** What a record is found by in one index: the acting user, "type#id" of its target, the actor's facility. */
    static Optional<String> searchKey(AuditSearch.By by, AuditEvent event) {
        return switch (by) {
            case ACTOR -> Optional.ofNullable(event.actorUserId());
            case TARGET -> event.targetType() == null || event.targetId() == null ? Optional.empty()
                    : Optional.of(event.targetType() + "#" + event.targetId());
            case ACTOR_FACILITY -> Optional.ofNullable(event.actorFacilityId());
        };
    }

    /** Orders a chain's records in time on the search indexes: when (to the millisecond), then chain and number. */
    static String timeKey(ChainedRecord record) {
        return timeKey(record.event().occurredAt()) + "#" + record.chain() + "#" + sortKey(record.sequence());
    }

    /** A fixed-width time, so that keys compare as times do. */
    static String timeKey(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    static Map<String, AttributeValue> toItem(ChainedRecord record) {
        AuditEvent event = record.event();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(partition(record.chain())));
        item.put(Keys.SK, s(sortKey(record.sequence())));
        item.put("chain", s(record.chain()));
        item.put("sequence", n(record.sequence()));
        item.put("occurredAt", instant(event.occurredAt()));
        item.put("networkId", s(event.networkId()));
        putIfPresent(item, "actorUserId", event.actorUserId());
        putIfPresent(item, "actorFacilityId", event.actorFacilityId());
        putIfPresent(item, "actorRole", event.actorRole());
        item.put("action", s(event.action().code()));
        putIfPresent(item, "targetType", event.targetType());
        putIfPresent(item, "targetId", event.targetId());
        item.put("outcome", s(event.outcome().name()));
        putIfPresent(item, "requestId", event.requestId());
        putIfPresent(item, "sourceIp", event.sourceIp());
        putIfPresent(item, "userAgent", event.userAgent());
        item.put("previousHash", s(record.previousHash()));
        item.put("hash", s(record.hash()));
        String inTime = timeKey(record);
        for (AuditSearch.By by : AuditSearch.By.values()) {
            searchKey(by, event).ifPresent(key -> {
                SearchIndex index = SearchIndex.of(by);
                item.put(index.name() + "PK", s(index.partition(key)));
                item.put(index.name() + "SK", s(inTime));
            });
        }
        return item;
    }

    static ChainedRecord fromItem(Map<String, AttributeValue> item) {
        AuditEvent event = new AuditEvent(
                instant(item, "occurredAt"),
                string(item, "networkId"),
                emptyAsNull(string(item, "actorUserId")),
                emptyAsNull(string(item, "actorFacilityId")),
                emptyAsNull(string(item, "actorRole")),
                AuditAction.fromCode(string(item, "action"))
                        .orElseThrow(() -> new IllegalStateException("unknown audit action " + string(item, "action"))),
                string(item, "targetType"),
                string(item, "targetId"),
                AuditOutcome.valueOf(string(item, "outcome")),
                string(item, "requestId"),
                string(item, "sourceIp"),
                string(item, "userAgent"));
        return new ChainedRecord(string(item, "chain"), number(item, "sequence"), event,
                string(item, "previousHash"), string(item, "hash"));
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
