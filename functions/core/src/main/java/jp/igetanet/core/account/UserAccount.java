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

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }
}
