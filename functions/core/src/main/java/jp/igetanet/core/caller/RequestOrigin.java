package jp.igetanet.core.caller;

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
}
