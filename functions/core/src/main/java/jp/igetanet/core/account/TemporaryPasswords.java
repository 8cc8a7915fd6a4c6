package jp.igetanet.core.account;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Makes the temporary passwords handed over with a new ID (§6-2): 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), always with upper and lower case letters and digits, so that every password policy of the pool
 * accepts them and a person can read one off a sheet of paper.
 */
@Singleton
public class TemporaryPasswords {

    static final int LENGTH = 16;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS;

    private final RandomGenerator random;

    public TemporaryPasswords() {
        this(new SecureRandom());
    }

    public TemporaryPasswords(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        char[] password = new char[LENGTH];
        password[0] = pick(UPPER);
        password[1] = pick(LOWER);
        password[2] = pick(DIGITS);
        for (int i = 3; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
