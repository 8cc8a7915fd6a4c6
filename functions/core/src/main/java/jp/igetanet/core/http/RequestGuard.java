package jp.igetanet.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.ProblemResponses;
import jp.igetanet.core.log.StorageMeter;
import jp.igetanet.core.log.StructuredLog;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs around every request of a function: refuses any token but an access token as the JWT authorizer refuses a
 * bad one, refuses oversize bodies with 413 before any of our code reads them, and writes one log line per request
 * with its route template (never the path, which holds ids of people), status, duration and the DynamoDB requests
 * and capacity it consumed.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestGuard {

    private static final String STARTED = "igetanet.started";
    /** API Gateway's own answer to a request its JWT authorizer refuses, which clients already handle. */
    static final String UNAUTHORIZED_BODY = "{\"message\":\"Unauthorized\"}";

    private final StructuredLog log;
    private final StorageMeter meter;
    private final long maxBodyBytes;

    public RequestGuard(StructuredLog log, StorageMeter meter,
                        @Value("${max.request.bytes:1048576}") long maxBodyBytes) {
        this.log = log;
        this.meter = meter;
        this.maxBodyBytes = maxBodyBytes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> before(HttpRequest<?> request) {
        meter.reset();
        request.setAttribute(STARTED, System.nanoTime());
        if (!accessTokenOrNone(request)) {
            return HttpResponse.unauthorized().body(UNAUTHORIZED_BODY)
                    .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                    .header("WWW-Authenticate", "Bearer");
        }
        if (bodyBytes(request) > maxBodyBytes) {
            return ProblemResponses.of(request, ErrorCode.PAYLOAD_TOO_LARGE, List.of());
        }
        return null;
    }

    @ResponseFilter
    public void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        APIGatewayV2HTTPEvent event = GatewayEvents.of(request).orElse(null);
        String route = event == null || event.getRouteKey() == null ? request.getMethodName() : event.getRouteKey();
        String requestId = event == null || event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
        log.request(request.getMethodName(), route, response.code(), (System.nanoTime() - started) / 1_000_000,
                requestId, userName(event), meter.requests(), meter.capacityUnits());
    }

    /**
     * API Gateway's JWT authorizer accepts a Cognito ID token as well as an access token when its audience is the
     * app client, and cannot be told otherwise; clients must send the access token (its scopes, its revocation by
     * global sign-out), so the function refuses the rest. Routes without the authorizer carry no claims.
     */
    private static boolean accessTokenOrNone(HttpRequest<?> request) {
        return GatewayEvents.of(request).flatMap(GatewayEvents::claims)
                .map(claims -> "access".equals(claims.get("token_use")))
                .orElse(true);
    }

    private static long bodyBytes(HttpRequest<?> request) {
        APIGatewayV2HTTPEvent event = GatewayEvents.of(request).orElse(null);
        if (event != null && event.getBody() != null) {
            long length = event.getBody().getBytes(StandardCharsets.UTF_8).length;
            return event.getIsBase64Encoded() ? length * 3 / 4 : length;
        }
        return Math.max(0, request.getContentLength());
    }

    private static String userName(APIGatewayV2HTTPEvent event) {
        return event == null ? null : GatewayEvents.claims(event)
                .map(claims -> claims.get("username"))
                .orElse(null);
    }
}
