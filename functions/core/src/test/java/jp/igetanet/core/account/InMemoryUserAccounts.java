package jp.igetanet.core.account;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.KanaReading;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link UserAccounts} in memory for unit tests of services. */
public class InMemoryUserAccounts implements UserAccounts {

    private final Map<String, UserAccount> byId = new ConcurrentHashMap<>();

    /** Stores an account as it is, for arranging a test. */
    public void put(UserAccount account) {
        byId.put(account.userId(), account);
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return Optional.ofNullable(byId.get(userId));
    }

    @Override
    public void create(UserAccount account) {
        if (byId.putIfAbsent(account.userId(), account) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public boolean noteSignIn(String userId, Instant signedInAt, boolean passwordSet) {
        UserAccount a = byId.get(userId);
        if (a == null || a.lastSignInAt() != null && !signedInAt.isAfter(a.lastSignInAt())) {
            return false;
        }
        byId.put(userId, new UserAccount(a.userId(), a.facilityId(), a.networkId(), a.name(), a.kana(),
                a.profession(), a.role(), a.status(), passwordSet ? signedInAt : a.passwordChangedAt(),
                passwordSet ? null : a.temporaryPasswordAt(), signedInAt, a.replaces(), a.replacedBy(), a.version(),
                a.createdAt(), a.updatedAt()));
        return true;
    }

    @Override
    public void notePasswordChanged(String userId, Instant at) {
        byId.computeIfPresent(userId, (id, a) -> a.withPasswordSet(at));
    }

    @Override
    public void noteTemporaryPassword(String userId, Instant at) {
        byId.computeIfPresent(userId, (id, a) -> new UserAccount(a.userId(), a.facilityId(), a.networkId(), a.name(),
                a.kana(), a.profession(), a.role(), a.status(), a.passwordChangedAt(), at, a.lastSignInAt(),
                a.replaces(), a.replacedBy(), a.version(), a.createdAt(), a.updatedAt()));
    }

    @Override
    public void update(UserAccount account, long expectedVersion) {
        UserAccount current = byId.get(account.userId());
        if (current == null || current.version() != expectedVersion) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        byId.put(account.userId(), account);
    }

    @Override
    public List<UserAccount> staffOf(String facilityId, Optional<String> afterUserId, int limit) {
        Comparator<UserAccount> order = Comparator.comparing((UserAccount a) -> KanaReading.normalize(a.kana()) + "#" + a.userId());
        Optional<UserAccount> after = afterUserId.map(byId::get);
        return byId.values().stream()
                .filter(account -> account.facilityId().equals(facilityId))
                .filter(account -> after.map(a -> order.compare(account, a) > 0).orElse(true))
                .sorted(order)
                .limit(limit)
                .toList();
    }
}
