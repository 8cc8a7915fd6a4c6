package jp.igetanet.local.trigger;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import jp.igetanet.local.template.ScheduleSpec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SchedulerTest {

    private final ScheduleSpec daily = new ScheduleSpec("RetentionFunction", "Daily", "rate(1 day)");

    @Test
    void aTickIsTheEventEventBridgeSendsForTheRule() {
        Instant time = Instant.parse("2026-11-25T15:00:00Z");

        ScheduledEvent event = Scheduler.event(daily, time);

        assertEquals("aws.events", event.getSource());
        assertEquals("Scheduled Event", event.getDetailType());
        assertEquals("0", event.getVersion());
        assertEquals("000000000000", event.getAccount());
        assertEquals("ap-northeast-1", event.getRegion());
        assertEquals(time.toEpochMilli(), event.getTime().getMillis());
        assertEquals(List.of("arn:aws:events:ap-northeast-1:000000000000:rule/igetanet-local-RetentionFunctionDaily"),
                event.getResources());
        assertEquals(Map.of(), event.getDetail());
        assertNotEquals(event.getId(), Scheduler.event(daily, time).getId());
    }

    @Test
    void resultsAreLoggedAsJson() {
        record Summary(int expiredItems, int orphanedFiles) {
        }
        assertEquals("{\"expiredItems\":3,\"orphanedFiles\":0}", Scheduler.json(new Summary(3, 0)));
        assertEquals("null", Scheduler.json(null));
    }
}
