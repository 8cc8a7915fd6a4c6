package jp.igetanet.core.account;

/** Whether a user may work now (§10, §24): suspension and retirement stop every request at once. */
public enum UserStatus {
    ACTIVE,
    SUSPENDED,
    RETIRED
}
