package jp.igetanet.core.account;

import java.time.Instant;

/**
 * A system user (システム利用者, §5): one person of one facility, identified by the Cognito user name
 * that the facility administrator issued (§6-2).
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
        Instant lastSignInAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** This account with a new status, one version on. */
    public UserAccount withStatus(UserStatus newStatus, Instant at) {
        return new UserAccount(userId, facilityId, networkId, name, kana, profession, role, newStatus,
                passwordChangedAt, lastSignInAt, version + 1, createdAt, at);
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }
}
