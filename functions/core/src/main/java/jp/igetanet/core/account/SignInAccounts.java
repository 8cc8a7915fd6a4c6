package jp.igetanet.core.account;

/** The accounts people sign in with (Cognito): created with a temporary password that must be changed at first use. */
public interface SignInAccounts {

    /** How temporary passwords reach their users here. */
    PasswordDelivery delivery();

    /**
     * Creates the sign-in account of a user, in the group of its role, with a temporary password (§6-2): returned
     * for handing over, or empty when Cognito e-mailed it to {@code email} (required then). Calling it again for
     * the same user (a retried approval) sets a new temporary password instead, always returned: Cognito's invitation
     * cannot be sent twice everywhere.
     */
    java.util.Optional<String> issue(String userId, Role role, String facilityId, String networkId, String email);

    /**
     * Stops sign-in with this account and signs it out everywhere, as defence in depth: the API refuses a suspended
     * user by the stored status whatever Cognito does. Where the service cannot sign out, that is logged, not fatal.
     */
    void disable(String userId);

    void enable(String userId);

    /** A new temporary password (§10-1): the old password stops working, and the next sign-in must set a new one. */
    String reissue(String userId);

    /** The signed-in user changes their own password, proving it with the current one and their access token. */
    PasswordChange changePassword(String accessToken, String currentPassword, String newPassword);
}
