package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled functions and the TTL sweep run on demand in the tests' shared system (what the retention sweep itself
 * does: {@link RetentionSweepIT}).
 */
@ExtendWith(LocalSystemExtension.class)
class ScheduledFunctionsIT {

    private final LocalSystem system;

    ScheduledFunctionsIT(LocalSystem system) {
        this.system = system;
    }

    @Test
    void onlyScheduledFunctionsRunOnDemand() {
        assertThrows(IllegalArgumentException.class, () -> system.runScheduled("PortalFunction"));
        assertThrows(IllegalArgumentException.class, () -> system.runScheduled("NoSuchFunction"));
    }

    @Test
    void anExpiredItemStaysUntilTheSweepIsAskedForAndThenGoes() {
        String table = system.resources().tableName("DomainTable");
        Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("HOUSEKEEPING#" + System.nanoTime()),
                "SK", AttributeValue.fromS("EXPIRED"));
        Map<String, AttributeValue> item = new java.util.HashMap<>(key);
        item.put("expiresAt", AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond() - 60)));
        system.clients().dynamoDb().putItem(request -> request.tableName(table).item(item));
        assertTrue(system.clients().dynamoDb().getItem(request -> request.tableName(table).key(key)).hasItem());

        assertTrue(system.sweepExpired().expiredItems() >= 1);

        assertFalse(system.clients().dynamoDb().getItem(request -> request.tableName(table).key(key)).hasItem());
    }
}
