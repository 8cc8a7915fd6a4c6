package jp.igetanet.core.caller;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.account.PasswordAgeing;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.log.StructuredLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns verified JWT claims into a {@link Caller}. The token only proves who signed in; whether that person may
 * still work is decided by the stored account and facility, re-read at most every few seconds, because a
 * suspended user's token stays valid until it expires (§24, LOCAL-STACK.md).
 */
@Singleton
public class CallerResolver {

    /** The longest time a status may be served from memory; configuration may shorten it, never lengthen it. */
    public static final Duration MAX_STATUS_AGE = Duration.ofSeconds(5);
    /** The configuration property of the cache time: the function environment's {@code STATUS_CACHE_SECONDS}. */
    public static final String STATUS_CACHE_PROPERTY = "status.cache.seconds";

    private final UserAccounts accounts;
    private final Facilities facilities;
    private final Clock clock;
    private final Duration statusAge;
    private final StructuredLog log;
    private final AuditLog audit;
    private final PasswordAgeing ageing;
    private final Map<String, Resolved> recent = new ConcurrentHashMap<>();

    public CallerResolver(UserAccounts accounts, Facilities facilities, Clock clock,
                          @Value("${" + STATUS_CACHE_PROPERTY + ":5}") long statusCacheSeconds, StructuredLog log,
                          AuditLog audit, PasswordAgeing ageing) {
        this.accounts = accounts;
        this.facilities = facilities;
        this.clock = clock;
        Duration configured = Duration.ofSeconds(Math.max(0, statusCacheSeconds));
        this.statusAge = configured.compareTo(MAX_STATUS_AGE) > 0 ? MAX_STATUS_AGE : configured;
        this.log = log;
        this.audit = audit;
        this.ageing = ageing;
    }

    /** The caller named by the claims; fails with 401 without a user name, 403 when the account may not work. */
    public Caller resolve(Map<String, String> claims, RequestOrigin origin) {
        return resolve(claims, origin, false);
    }

    /**
     * The caller named by the claims, as above; unless {@code expiredPasswordAllowed}, a caller whose password has
     * expired is refused with 403 {@code password-expired} (§6-4, §19-4).
     */
    public Caller resolve(Map<String, String> claims, RequestOrigin origin, boolean expiredPasswordAllowed) {
        String userId = userName(claims);
        Instant now = clock.instant();
        Resolved cached = recent.get(userId);
        Instant signedInAt = authTime(claims);
        // a token from a sign-in newer than the cached account's is a new sign-in: the account is read again
        boolean fresh = cached != null && cached.readAt().plus(statusAge).isAfter(now)
                && (signedInAt == null || cached.seenSignIn() != null && !signedInAt.isAfter(cached.seenSignIn()));
        Caller caller = fresh ? cached.caller() : load(userId, now, claims, origin);
        requireActive(caller);
        if (!expiredPasswordAllowed && ageing.isExpired(caller.account(), now)) {
            throw denied(caller.userId(), ErrorCode.PASSWORD_EXPIRED);
        }
        return caller;
    }

    /** Drops what this instance remembers of a user, after a change of the account that its next request must see. */
    public void forget(String userId) {
        recent.remove(userId);
    }

    private Caller load(String userId, Instant now, Map<String, String> claims, RequestOrigin origin) {
        UserAccount account = accounts.find(userId).orElseThrow(() -> denied(userId, ErrorCode.ACCOUNT_NOT_REGISTERED));
        Facility facility = facilities.find(account.facilityId())
                .orElseThrow(() -> denied(userId, ErrorCode.FACILITY_NOT_ACTIVE));
        Caller caller = noteSignIn(new Caller(account, facility), claims, origin, now);
        Instant signedInAt = authTime(claims);
        Instant seenSignIn = signedInAt != null && (account.lastSignInAt() == null || signedInAt.isAfter(account.lastSignInAt()))
                ? signedInAt : account.lastSignInAt();
        recent.put(userId, new Resolved(caller, now, seenSignIn));
        return caller;
    }

    /**
     * Every sign-in the API sees goes into the audit log once (MHLW guideline 6.0 §17): a token whose
     * {@code auth_time} is later than the last one noted for the account. Refreshed tokens keep their
     * {@code auth_time}, so they are not new sign-ins. A suspended user's sign-in is recorded as refused.
     *
     * <p>Cognito gives no tokens for a temporary password until the user has set a new one, so the first sign-in
     * after a temporary password was issued is when the user set their own password; the caller returned carries it.
     */
    private Caller noteSignIn(Caller caller, Map<String, String> claims, RequestOrigin origin, Instant now) {
        Instant signedInAt = authTime(claims);
        UserAccount account = caller.account();
        boolean newer = signedInAt != null && (account.lastSignInAt() == null || signedInAt.isAfter(account.lastSignInAt()));
        boolean passwordSet = newer && account.temporaryPasswordAt() != null
                && !signedInAt.isBefore(account.temporaryPasswordAt().truncatedTo(ChronoUnit.SECONDS));
        if (!newer) {
            return caller;
        }
        if (!accounts.noteSignIn(account.userId(), signedInAt, passwordSet)) {
            // another request of the same sign-in (to another function, at the same moment) noted it first, after
            // this one read the account: the stored account has what it noted (the password the user set)
            return accounts.find(account.userId()).map(stored -> new Caller(stored, caller.facility())).orElse(caller);
        }
        boolean mayWork = account.isActive() && caller.facility().isActive();
        Acting acting = new Acting(caller, origin);
        audit.record(acting.audited(AuditAction.SIGN_IN_SEEN, AuditTarget.user(account.userId()),
                mayWork ? AuditOutcome.SUCCEEDED : AuditOutcome.REFUSED, now));
        if (!passwordSet) {
            return caller;
        }
        audit.record(acting.audited(AuditAction.USER_PASSWORD_CHANGED, AuditTarget.user(account.userId()), now));
        return new Caller(account.withPasswordSet(signedInAt), caller.facility());
    }

    private static Instant authTime(Map<String, String> claims) {
        try {
            String value = claims.get("auth_time");
            return value == null ? null : Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void requireActive(Caller caller) {
        switch (caller.account().status()) {
            case ACTIVE -> { }
            case SUSPENDED -> throw denied(caller.userId(), ErrorCode.ACCOUNT_SUSPENDED);
            case RETIRED -> throw denied(caller.userId(), ErrorCode.ACCOUNT_RETIRED);
        }
        if (!caller.facility().isActive()) {
            throw denied(caller.userId(), ErrorCode.FACILITY_NOT_ACTIVE);
        }
    }

    private ApiException denied(String userId, ErrorCode code) {
        log.accessDenied(userId, code.name());
        return new ApiException(code);
    }

    /** Access tokens carry {@code username} (ID tokens, which RequestGuard refuses, {@code cognito:username}). */
    static String userName(Map<String, String> claims) {
        String name = claims.get("username");
        if (name == null || name.isBlank()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
        return name;
    }

    private record Resolved(Caller caller, Instant readAt, Instant seenSignIn) {
    }
}
