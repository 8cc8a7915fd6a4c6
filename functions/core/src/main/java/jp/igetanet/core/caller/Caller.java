package jp.igetanet.core.caller;

import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.facility.Facility;

import java.time.Instant;

/**
 * The signed-in user behind a request, resolved from the token's claims and checked against the stored account:
 * active user of an active facility. Every service method that acts for someone takes one.
 */
public record Caller(UserAccount account, Facility facility) {

    public String userId() {
        return account.userId();
    }

    public String facilityId() {
        return account.facilityId();
    }

    public String networkId() {
        return account.networkId();
    }

    public Role role() {
        return account.role();
    }

    public boolean is(Role role) {
        return account.role() == role;
    }

    /** The audit record of something this caller did, from where the request came. */
    public AuditEvent audited(AuditAction action, String targetType, String targetId, AuditOutcome outcome,
                              RequestOrigin origin, Instant at) {
        return new AuditEvent(at, networkId(), userId(), facilityId(), role().group(), action, targetType, targetId,
                outcome, origin.requestId(), origin.sourceIp(), origin.userAgent());
    }
}
