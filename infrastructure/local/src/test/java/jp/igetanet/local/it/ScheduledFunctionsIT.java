package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.trigger.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention sweep's real handler, run as its daily schedule would run it. */
@ExtendWith(LocalSystemExtension.class)
class ScheduledFunctionsIT {

    private final LocalSystem system;

    ScheduledFunctionsIT(LocalSystem system) {
        this.system = system;
    }

    @Test
    void theRetentionSweepRunsOnDemandAndReturnsItsSummary() {
        Object summary = system.runScheduled("RetentionFunction");

        assertNotNull(summary);
        String json = Scheduler.json(summary);
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    }

    @Test
    void onlyScheduledFunctionsRunOnDemand() {
        assertThrows(IllegalArgumentException.class, () -> system.runScheduled("PortalFunction"));
        assertThrows(IllegalArgumentException.class, () -> system.runScheduled("NoSuchFunction"));
    }
}
