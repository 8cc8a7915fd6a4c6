package jp.igetanet.core.account;

import java.util.Optional;

/** Stores user accounts. */
public interface UserAccounts {

    Optional<UserAccount> find(String userId);

    /** Stores a new account; fails with {@code CONFLICT} if the id is taken. */
    void create(UserAccount account);

    /**
     * Notes a sign-in (the token's {@code auth_time}) unless one as recent is noted already; true when this call
     * noted it, so that of several requests with the same new token exactly one reports the sign-in.
     */
    boolean noteSignIn(String userId, java.time.Instant signedInAt);

    /** Replaces an account if nobody changed it since {@code expectedVersion}; fails with CONFLICT otherwise. */
    void update(UserAccount account, long expectedVersion);

    /** A facility's staff in kana order (GSI2), at most {@code limit}, after the given user id. */
    java.util.List<UserAccount> staffOf(String facilityId, java.util.Optional<String> afterUserId, int limit);
}
