package jp.igetanet.core.account;

import java.time.Instant;

/**
 * A system user (システム利用者, §5): one person of one facility, identified by the Cognito user name
 * that the facility administrator issued (§6-2). {@code passwordChangedAt} is when the user last set a password of
 * their own; {@code temporaryPasswordAt} is when a temporary password was issued that has not been replaced yet.
 * {@code replaces} and {@code replacedBy} link an ID lost and the one issued in its place (§10-2).
 */
public record UserAccount(
        String userId,
        String facilityId,
        String networkId,
        String name,
        String kana,
        Profession profession,
        Role role,
        UserStatus status,
        Instant passwordChangedAt,
        Instant temporaryPasswordAt,
        Instant lastSignInAt,
        String replaces,
        String replacedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** This account with a new status, one version on. */
    public UserAccount withStatus(UserStatus newStatus, Instant at) {
        return new UserAccount(userId, facilityId, networkId, name, kana, profession, role, newStatus,
                passwordChangedAt, temporaryPasswordAt, lastSignInAt, replaces, replacedBy, version + 1, createdAt, at);
    }

    /** This account suspended in favour of a new ID for the same person (§10-2), one version on. */
    public UserAccount replacedBy(String newUserId, Instant at) {
        return new UserAccount(userId, facilityId, networkId, name, kana, profession, role, UserStatus.SUSPENDED,
                passwordChangedAt, temporaryPasswordAt, lastSignInAt, replaces, newUserId, version + 1, createdAt, at);
    }

    /** This account after the user set a password of their own at {@code at}; the version stays, as in the table. */
    public UserAccount withPasswordSet(Instant at) {
        return new UserAccount(userId, facilityId, networkId, name, kana, profession, role, status, at, null,
                lastSignInAt, replaces, replacedBy, version, createdAt, updatedAt);
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }
}
