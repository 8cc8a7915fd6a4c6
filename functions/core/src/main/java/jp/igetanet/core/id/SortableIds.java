package jp.igetanet.core.id;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Issues ULID-style ids: 26 Crockford base-32 characters, a 48-bit millisecond time followed by 80 random bits,
 * so that ids sort by creation time as strings (DynamoDB sort keys) and cannot be guessed.
 */
@Singleton
public class SortableIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int LENGTH = 26;

    private final Clock clock;
    private final RandomGenerator random;
    private final int[] lastRandom = new int[LENGTH - 10];
    private long lastTime = -1;

    public SortableIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    public SortableIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /**
     * A new id. Ids of one instance are strictly increasing, also within one millisecond (the random part then counts
     * up), so that a patient's posts keep the order they were written in.
     */
    public synchronized String next() {
        long time = Math.max(clock.millis(), lastTime);
        char[] id = new char[LENGTH];
        if (time == lastTime) {
            increment(lastRandom);
        } else {
            for (int i = 0; i < lastRandom.length; i++) {
                lastRandom[i] = random.nextInt(32);
            }
        }
        lastTime = time;
        for (int i = 9; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < LENGTH; i++) {
            id[i] = ALPHABET[lastRandom[i - 10]];
        }
        return new String(id);
    }

    private static void increment(int[] digits) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < 32) {
                return;
            }
            digits[i] = 0;
        }
    }

    /** Whether a string has the shape of an id issued here; used to reject malformed path parameters early. */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        // The first character carries only 3 bits of the 48-bit time.
        return indexOf(candidate.charAt(0)) < 8;
    }

    private static int indexOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
