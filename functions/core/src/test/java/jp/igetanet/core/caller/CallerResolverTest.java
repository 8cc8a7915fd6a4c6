package jp.igetanet.core.caller;

import jp.igetanet.core.account.InMemoryUserAccounts;
import jp.igetanet.core.account.PasswordAgeing;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.InMemoryAuditLog;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.InMemoryFacilities;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.log.StructuredLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import jp.igetanet.core.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static jp.igetanet.core.facility.Fixtures.aFacility;
import static jp.igetanet.core.facility.Fixtures.aVisitingNurse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallerResolverTest {

    private static final String STATION = "01KDEM0FAC0000000000000004";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    private final InMemoryFacilities facilities = new InMemoryFacilities();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    CallerResolverTest() {
        facilities.create(aFacility(STATION, "にしお訪問看護ステーション", "ニシオホウモンカンゴ",
                FacilityKind.VISITING_NURSING_STATION, Publication.everything(), FacilityStatus.ACTIVE));
    }

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private static final RequestOrigin ORIGIN = new RequestOrigin("req-1", "192.0.2.1", "test");

    private CallerResolver resolver(long cacheSeconds) {
        return new CallerResolver(accounts, facilities, clock, cacheSeconds,
                new StructuredLog(clock, new PrintStream(logged, true)), audit, new PasswordAgeing(180));
    }

    private List<AuditEvent> signIns() {
        return audit.events().stream().filter(event -> event.action() == AuditAction.SIGN_IN_SEEN).toList();
    }

    @Test
    void anActiveNurseOfAnActiveFacilityIsResolvedFromTheAccessTokenUserName() {
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        Caller caller = resolver(5).resolve(Map.of("username", "houkan-nurse", "sub", "x"), ORIGIN);
        assertEquals("houkan-nurse", caller.userId());
        assertEquals(STATION, caller.facilityId());
    }

    @Test
    void theIdTokenUserNameClaimNamesNobody() {
        // ID tokens are refused before any caller is resolved (RequestGuard); their user-name claim is not read
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        assertEquals(ErrorCode.UNAUTHENTICATED, assertThrows(ApiException.class,
                () -> resolver(5).resolve(Map.of("cognito:username", "houkan-nurse"), ORIGIN)).code());
    }

    @Test
    void claimsWithoutAUserNameAreUnauthenticated() {
        assertEquals(ErrorCode.UNAUTHENTICATED,
                assertThrows(ApiException.class, () -> resolver(5).resolve(Map.of("sub", "x"), ORIGIN)).code());
    }

    @Test
    void aSignedInPersonWithoutAnAccountIsRefused() {
        assertEquals(ErrorCode.ACCOUNT_NOT_REGISTERED,
                assertThrows(ApiException.class, () -> resolver(5).resolve(Map.of("username", "stranger"), ORIGIN)).code());
    }

    @Test
    void aSuspendedNurseIsRefusedWithinFiveSecondsEvenWithACachedStatus() {
        CallerResolver resolver = resolver(5);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN);

        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.SUSPENDED));
        clock.advance(Duration.ofSeconds(5));

        assertEquals(ErrorCode.ACCOUNT_SUSPENDED,
                assertThrows(ApiException.class, () -> resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN)).code());
        assertFalse(logged.toString().contains("訪看"), "no names in logs");
    }

    @Test
    void aConfiguredCacheLongerThanFiveSecondsIsCappedAtFive() {
        CallerResolver resolver = resolver(3600);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.RETIRED));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(ErrorCode.ACCOUNT_RETIRED,
                assertThrows(ApiException.class, () -> resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN)).code());
    }

    @Test
    void withoutCachingEveryRequestSeesTheCurrentStatus() {
        CallerResolver resolver = resolver(0);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.SUSPENDED));
        assertThrows(ApiException.class, () -> resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN));
    }

    @Test
    void aNurseOfASuspendedFacilityIsRefused() {
        String suspended = "01KDEM0FAC0000000000000008";
        facilities.create(aFacility(suspended, "停止中の施設", "テイシ", FacilityKind.CLINIC, Publication.everything(),
                FacilityStatus.SUSPENDED));
        accounts.put(aVisitingNurse("other-nurse", suspended, UserStatus.ACTIVE));
        assertEquals(ErrorCode.FACILITY_NOT_ACTIVE,
                assertThrows(ApiException.class, () -> resolver(5).resolve(Map.of("username", "other-nurse"), ORIGIN)).code());
    }

    @Test
    void aSignInIsAuditedOnceWhateverTheNumberOfRequestsWithItsToken() {
        CallerResolver resolver = resolver(0);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        Map<String, String> token = Map.of("username", "houkan-nurse", "auth_time", "1795571193");
        resolver.resolve(token, ORIGIN);
        resolver.resolve(token, ORIGIN);
        assertEquals(1, signIns().size());
        AuditEvent signIn = signIns().getFirst();
        assertEquals("houkan-nurse", signIn.actorUserId());
        assertEquals(AuditOutcome.SUCCEEDED, signIn.outcome());
        assertEquals("192.0.2.1", signIn.sourceIp());

        resolver.resolve(Map.of("username", "houkan-nurse", "auth_time", "1795579999"), ORIGIN);
        assertEquals(2, signIns().size(), "signing in again is a new sign-in");
    }

    @Test
    void aSuspendedUsersSignInIsAuditedAsRefused() {
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.SUSPENDED));
        assertThrows(ApiException.class,
                () -> resolver(0).resolve(Map.of("username", "houkan-nurse", "auth_time", "1795571193"), ORIGIN));
        assertEquals(AuditOutcome.REFUSED, signIns().getFirst().outcome());
    }

    @Test
    void aPasswordOlderThanTheMaximumAgeAllowsOnlyTheRoutesThatChangeIt() {
        CallerResolver resolver = resolver(0);
        accounts.put(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE));
        clock.advance(Duration.ofDays(180).minusHours(9).minusSeconds(1));
        resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(ErrorCode.PASSWORD_EXPIRED,
                assertThrows(ApiException.class, () -> resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN)).code());
        assertEquals("houkan-nurse", resolver.resolve(Map.of("username", "houkan-nurse"), ORIGIN, true).userId());
    }

    @Test
    void theFirstSignInAfterATemporaryPasswordCountsAsSettingOne() {
        CallerResolver resolver = resolver(0);
        Instant issued = clock.instant();
        accounts.put(withTemporaryPassword(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE), issued));
        clock.advance(Duration.ofMinutes(10));
        String signedIn = Long.toString(issued.plusSeconds(300).getEpochSecond());
        Caller caller = resolver.resolve(Map.of("username", "houkan-nurse", "auth_time", signedIn), ORIGIN);
        assertEquals(issued.plusSeconds(300), caller.account().passwordChangedAt());
        assertEquals(issued.plusSeconds(300), accounts.find("houkan-nurse").orElseThrow().passwordChangedAt());
        assertEquals(1, audit.events().stream().filter(event -> event.action() == AuditAction.USER_PASSWORD_CHANGED).count());
    }

    @Test
    void aTokenFromBeforeAPasswordWasReissuedCannotWorkUntilTheNewOneIsSet() {
        CallerResolver resolver = resolver(0);
        Instant reissued = clock.instant();
        accounts.put(withTemporaryPassword(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE), reissued));
        String before = Long.toString(reissued.minusSeconds(600).getEpochSecond());
        assertEquals(ErrorCode.PASSWORD_EXPIRED, assertThrows(ApiException.class,
                () -> resolver.resolve(Map.of("username", "houkan-nurse", "auth_time", before), ORIGIN)).code());
        assertEquals(null, accounts.find("houkan-nurse").orElseThrow().passwordChangedAt());
    }

    @Test
    void aNewSignInIsSeenAtOnceWhateverTheCache() {
        CallerResolver resolver = resolver(5);
        Instant reissued = clock.instant();
        accounts.put(withTemporaryPassword(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE), reissued));
        String before = Long.toString(reissued.minusSeconds(600).getEpochSecond());
        assertThrows(ApiException.class, () -> resolver.resolve(Map.of("username", "houkan-nurse", "auth_time", before), ORIGIN));
        clock.advance(Duration.ofSeconds(1));
        String after = Long.toString(reissued.plusSeconds(1).getEpochSecond());
        assertEquals(reissued.plusSeconds(1), resolver.resolve(Map.of("username", "houkan-nurse", "auth_time", after), ORIGIN)
                .account().passwordChangedAt());
    }

    @Test
    void aRequestThatReadTheAccountBeforeAnotherNotedTheFirstSignInSeesThePasswordTheUserSet() {
        Instant issued = clock.instant();
        UserAccount beforeTheSignIn = withTemporaryPassword(aVisitingNurse("houkan-nurse", STATION, UserStatus.ACTIVE), issued);
        accounts.put(beforeTheSignIn);
        clock.advance(Duration.ofMinutes(10));
        Map<String, String> claims = Map.of("username", "houkan-nurse",
                "auth_time", Long.toString(issued.plusSeconds(300).getEpochSecond()));
        // another function's request with the same new token notes the sign-in (the password set) first
        resolver(0).resolve(claims, ORIGIN);
        // this function's request read the account just before that note landed
        InMemoryUserAccounts racing = new InMemoryUserAccounts() {
            private boolean read;

            @Override
            public java.util.Optional<UserAccount> find(String userId) {
                if (!read) {
                    read = true;
                    return java.util.Optional.of(beforeTheSignIn);
                }
                return accounts.find(userId);
            }

            @Override
            public boolean noteSignIn(String userId, Instant signedInAt, boolean passwordSet) {
                return accounts.noteSignIn(userId, signedInAt, passwordSet);
            }
        };
        Caller caller = new CallerResolver(racing, facilities, clock, 0, new StructuredLog(clock, new PrintStream(logged, true)),
                audit, new PasswordAgeing(180)).resolve(claims, ORIGIN);

        assertEquals(issued.plusSeconds(300), caller.account().passwordChangedAt(), "not refused as an expired password");
        assertEquals(1, audit.events().stream().filter(event -> event.action() == AuditAction.USER_PASSWORD_CHANGED).count());
    }

    private static UserAccount withTemporaryPassword(UserAccount a, Instant at) {
        return new UserAccount(a.userId(), a.facilityId(), a.networkId(), a.name(), a.kana(), a.profession(), a.role(),
                a.status(), null, at, null, null, null, a.version(), a.createdAt(), a.updatedAt());
    }
}
