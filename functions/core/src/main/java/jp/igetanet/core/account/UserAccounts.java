package jp.igetanet.core.account;

import java.util.Optional;

/** Stores user accounts. */
public interface UserAccounts {

    Optional<UserAccount> find(String userId);

    /** Stores a new account; fails with {@code CONFLICT} if the id is taken. */
    void create(UserAccount account);

    /**
     * Notes a sign-in (the token's {@code auth_time}) unless one as recent is noted already; true when this call
     * noted it, so that of several requests with the same new token exactly one reports the sign-in. With
     * {@code passwordSet}, the sign-in replaced a temporary password: the password counts as changed then.
     */
    boolean noteSignIn(String userId, java.time.Instant signedInAt, boolean passwordSet);

    /**
     * Notes that the user set a password of their own at this time ({@code passwordSet} above does the same with a
     * sign-in): the password's age counts from here and no temporary password is outstanding.
     */
    void notePasswordChanged(String userId, java.time.Instant at);

    /** Notes that a temporary password was issued at this time (§10-1); the user's next sign-in replaces it. */
    void noteTemporaryPassword(String userId, java.time.Instant at);

    /** Replaces an account if nobody changed it since {@code expectedVersion}; fails with CONFLICT otherwise. */
    void update(UserAccount account, long expectedVersion);

    /** A facility's staff in kana order (GSI2), at most {@code limit}, after the given user id. */
    java.util.List<UserAccount> staffOf(String facilityId, java.util.Optional<String> afterUserId, int limit);
}
