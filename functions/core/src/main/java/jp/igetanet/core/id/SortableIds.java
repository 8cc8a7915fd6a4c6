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

    public SortableIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    public SortableIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public String next() {
        long time = clock.millis();
        char[] id = new char[LENGTH];
        for (int i = 9; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(32)];
        }
        return new String(id);
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
