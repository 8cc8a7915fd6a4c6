package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Scheduled functions run on demand by their logical id (what the sweep itself does: {@link RetentionSweepIT}). */
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
}
