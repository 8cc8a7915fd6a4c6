package jp.igetanet.core.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionTest {

    @Test
    void aPostLivesFiveCalendarYearsToTheMinute() {
        assertEquals(Instant.parse("2031-11-25T01:00:00Z"), Retention.expiresAt(Instant.parse("2026-11-25T01:00:00Z")));
    }

    @Test
    void aPostOfTheTwentyNinthOfFebruaryExpiresOnTheTwentyEighth() {
        // 2028-02-29 09:30 in Japan; 2033 has no 29 February
        assertEquals(Instant.parse("2033-02-28T00:30:00Z"), Retention.expiresAt(Instant.parse("2028-02-29T00:30:00Z")));
    }

    @Test
    void theJapaneseDayDecidesNotTheUtcDay() {
        // 2028-02-29 08:00 in Japan is still 28 February in UTC; it is a post of 29 February all the same
        assertEquals(Instant.parse("2033-02-27T23:00:00Z"), Retention.expiresAt(Instant.parse("2028-02-28T23:00:00Z")));
        // 2027-03-01 08:00 in Japan expires 2032-03-01 08:00 in Japan, which is 29 February in UTC
        assertEquals(Instant.parse("2032-02-29T23:00:00Z"), Retention.expiresAt(Instant.parse("2027-02-28T23:00:00Z")));
    }

    @Test
    void anItemIsGoneFromItsExpiryOn() {
        Instant expiry = Instant.parse("2031-11-25T01:00:00Z");
        assertFalse(Retention.isExpired(expiry, expiry.minusSeconds(1)));
        assertTrue(Retention.isExpired(expiry, expiry));
    }
}
