package jp.igetanet.core.account;

/** How a user's own change of password ended (§6-4). */
public enum PasswordChange {
    CHANGED,
    /** The current password given was wrong, or the token no longer allows a change. */
    CURRENT_PASSWORD_WRONG,
    /** The sign-in service refused the new password (its policy). */
    NEW_PASSWORD_REFUSED,
    /** Too many attempts: the sign-in service asks to wait. */
    TOO_MANY_ATTEMPTS
}
