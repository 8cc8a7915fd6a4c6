package jp.igetanet.core.id;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortableIdsTest {

    @Test
    void idsIssuedLaterSortAfterEarlierOnes() {
        String earlier = new SortableIds(Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC)).next();
        String later = new SortableIds(Clock.fixed(Instant.parse("2026-04-01T00:00:00.001Z"), ZoneOffset.UTC)).next();
        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
    }

    @Test
    void idsOfTheSameMillisecondAreDistinctAndInIssueOrder() {
        SortableIds ids = new SortableIds(Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));
        Set<String> issued = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 1000; i++) {
            String id = ids.next();
            assertTrue(previous.compareTo(id) < 0, previous + " < " + id);
            issued.add(id);
            previous = id;
        }
        assertEquals(1000, issued.size());
    }

    @Test
    void issuedIdsAreWellFormedAndOthersAreNot() {
        String id = new SortableIds(Clock.systemUTC()).next();
        assertEquals(26, id.length());
        assertTrue(SortableIds.isWellFormed(id));
        assertFalse(SortableIds.isWellFormed(null));
        assertFalse(SortableIds.isWellFormed("01KDEM0FAC000000000000000"));
        assertFalse(SortableIds.isWellFormed("01KDEM0FAC000000000000000I"), "I is not Crockford base 32");
        assertFalse(SortableIds.isWellFormed("81KDEM0FAC0000000000000001"), "beyond the 48-bit time range");
        assertFalse(SortableIds.isWellFormed("../../etc/passwd-000000000"));
    }
}
