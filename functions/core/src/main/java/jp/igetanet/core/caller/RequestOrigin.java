package jp.igetanet.core.caller;

/** Where a request came from, as the audit log records it: API Gateway's request id, source IP and user agent. */
public record RequestOrigin(String requestId, String sourceIp, String userAgent) {

    public static RequestOrigin unknown() {
        return new RequestOrigin(null, null, null);
    }
}
