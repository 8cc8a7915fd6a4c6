package jp.igetanet.core.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCEEDED,
    REFUSED,
    FAILED
}
