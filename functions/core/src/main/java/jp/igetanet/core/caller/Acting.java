package jp.igetanet.core.caller;

import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.AuditTarget;

import java.time.Instant;

/**
 * A signed-in caller acting in one request: who ({@link Caller}) and from where ({@link RequestOrigin}). Every
 * desk method that acts for someone takes one, and writes its audit events through it.
 */
public record Acting(Caller caller, RequestOrigin origin) {

    public String userId() {
        return caller.userId();
    }

    public String facilityId() {
        return caller.facilityId();
    }

    public String networkId() {
        return caller.networkId();
    }

    public Role role() {
        return caller.role();
    }

    public boolean is(Role role) {
        return caller.is(role);
    }

    /** The audit record of something this caller did in this request, that succeeded. */
    public AuditEvent audited(AuditAction action, AuditTarget target, Instant at) {
        return audited(action, target, AuditOutcome.SUCCEEDED, at);
    }

    /** The audit record of something this caller did in this request, with how it ended. */
    public AuditEvent audited(AuditAction action, AuditTarget target, AuditOutcome outcome, Instant at) {
        return new AuditEvent(at, caller.networkId(), caller.userId(), caller.facilityId(), caller.role().group(),
                action, target.type(), target.id(), outcome, origin.requestId(), origin.sourceIp(), origin.userAgent());
    }
}
