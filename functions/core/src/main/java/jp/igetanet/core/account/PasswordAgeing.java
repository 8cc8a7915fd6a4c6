package jp.igetanet.core.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a password may be used before it must be changed (§6-4, §19-4: change it periodically). The age counts
 * from the last time the user set a password of their own; a temporary password that has not been replaced, or an
 * account that never set one, counts as expired.
 */
@Singleton
public class PasswordAgeing {

    /** The configuration property of the maximum age: the function environment's {@code PASSWORD_MAX_AGE_DAYS}. */
    public static final String MAX_AGE_PROPERTY = "password.max.age.days";
    public static final long DEFAULT_MAX_AGE_DAYS = 180;

    private final Duration maxAge;

    public PasswordAgeing(@Value("${" + MAX_AGE_PROPERTY + ":" + DEFAULT_MAX_AGE_DAYS + "}") long maxAgeDays) {
        this.maxAge = Duration.ofDays(Math.max(1, maxAgeDays));
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** When the user's password stops being accepted; empty when it must be changed now. */
    public Optional<Instant> expiresAt(UserAccount account) {
        if (account.temporaryPasswordAt() != null || account.passwordChangedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(account.passwordChangedAt().plus(maxAge));
    }

    public boolean isExpired(UserAccount account, Instant now) {
        return expiresAt(account).map(expiry -> !now.isBefore(expiry)).orElse(true);
    }
}
