package jp.igetanet.core.time;

import java.time.Instant;

/**
 * §15: shared information is kept five years from its posting. Five years are calendar years in Japan's time
 * zone, at the same time of day: a post of 2026-11-25 10:00 expires at 2031-11-25 10:00, and one of 29 February
 * expires on 28 February of a year without that day (never on 1 March, which would keep it a day too long).
 */
public final class Retention {

    public static final int YEARS = 5;

    private Retention() {
    }

    public static Instant expiresAt(Instant postedAt) {
        return postedAt.atZone(Clocks.JAPAN).plusYears(YEARS).toInstant();
    }

    public static boolean isExpired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
