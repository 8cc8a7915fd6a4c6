package jp.igetanet.core.caller;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.AuditTarget;

import java.time.Instant;

/** Where a request came from, as the audit log records it: API Gateway's request id, source IP and user agent. */
public record RequestOrigin(String requestId, String sourceIp, String userAgent) {

    public static RequestOrigin unknown() {
        return new RequestOrigin(null, null, null);
    }

    public static RequestOrigin of(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event) {
        if (event == null || event.getRequestContext() == null) {
            return unknown();
        }
        var http = event.getRequestContext().getHttp();
        return new RequestOrigin(event.getRequestContext().getRequestId(),
                http == null ? null : http.getSourceIp(), http == null ? null : http.getUserAgent());
    }

    /** The audit record of a public action that succeeded, by nobody signed in, in the chain of the network named. */
    public AuditEvent audited(String networkId, AuditAction action, AuditTarget target, Instant at) {
        return new AuditEvent(at, networkId, null, null, null, action, target.type(), target.id(), AuditOutcome.SUCCEEDED,
                requestId, sourceIp, userAgent);
    }
}
