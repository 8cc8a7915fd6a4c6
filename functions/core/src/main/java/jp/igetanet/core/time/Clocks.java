package jp.igetanet.core.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock every rule reads the time from; tests construct services with a fixed one instead. */
@Factory
public class Clocks {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
