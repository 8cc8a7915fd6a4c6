package jp.igetanet.core.project;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectEventTest {

    private static final Instant STARTS = Instant.parse("2026-12-10T09:30:00Z");
    private static final Instant ENDS = Instant.parse("2026-12-10T11:00:00Z");

    @Test
    void answersAreTakenUntilTheEventEnds() {
        ProjectEvent event = new ProjectEvent(STARTS, ENDS, "西尾市役所", null);
        assertTrue(event.takesAnswersAt(STARTS.minusSeconds(86_400)));
        assertTrue(event.takesAnswersAt(STARTS.plusSeconds(600)), "late answers while it runs");
        assertFalse(event.takesAnswersAt(ENDS));
    }

    @Test
    void anEventWithoutAnEndTakesAnswersUntilItStarts() {
        ProjectEvent event = new ProjectEvent(STARTS, null, null, "https://meet.example.jp/igeta");
        assertTrue(event.takesAnswersAt(STARTS.minusSeconds(1)));
        assertFalse(event.takesAnswersAt(STARTS));
    }
}
