package jp.igetanet.core.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The clock every rule reads the time from; tests construct services with a fixed one instead. */
@Factory
public class Clocks {

    /** The service's time zone: days (posting days, consent dates, the audit's days) are Japanese days. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
