package jp.igetanet.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read by key and served from this function instance's memory for at most {@code age}: what every request
 * needs and what changes rarely, such as a network's service status or its terms version in force.
 */
public final class Recent<V> {

    private final Clock clock;
    private final Duration age;
    private final Map<String, Read<V>> reads = new ConcurrentHashMap<>();

    public Recent(Clock clock, Duration age) {
        this.clock = clock;
        this.age = age;
    }

    /** The key's value as read less than {@code age} ago, or as {@code read} gives it now. */
    public V get(String key, Function<String, V> read) {
        Instant now = clock.instant();
        Read<V> last = reads.get(key);
        if (last == null || !last.at().plus(age).isAfter(now)) {
            last = new Read<>(read.apply(key), now);
            reads.put(key, last);
        }
        return last.value();
    }

    /** Drops the key's value, after a change its next reader must see. */
    public void forget(String key) {
        reads.remove(key);
    }

    private record Read<V>(V value, Instant at) {
    }
}
