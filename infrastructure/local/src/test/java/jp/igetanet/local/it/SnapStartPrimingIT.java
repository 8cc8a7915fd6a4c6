package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SnapStart priming request of each function is harmless: a refusal that reads one item and writes none. */
@ExtendWith(LocalSystemExtension.class)
class SnapStartPrimingIT {

    private final LocalSystem system;

    SnapStartPrimingIT(LocalSystem system) {
        this.system = system;
    }


    @Test
    void primingThePortalAsksForANetworkThatCannotExist() {
        long before = SharedSystem.domainItems(system);
        assertEquals(OptionalInt.of(404), system.function("PortalFunction").prime());
        assertEquals(before, SharedSystem.domainItems(system));
    }

    @Test
    void primingIdIssuanceAsksForAUserThatCannotExist() {
        long before = SharedSystem.domainItems(system);
        assertEquals(OptionalInt.of(403), system.function("IdIssuanceFunction").prime());
        assertEquals(before, SharedSystem.domainItems(system));
    }

    @Test
    void primingProjectsAsksForAUserThatCannotExist() {
        long before = SharedSystem.domainItems(system);
        assertEquals(OptionalInt.of(403), system.function("ProjectsFunction").prime());
        assertEquals(before, SharedSystem.domainItems(system));
    }
}
