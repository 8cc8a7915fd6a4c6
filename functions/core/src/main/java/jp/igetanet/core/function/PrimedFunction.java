package jp.igetanet.core.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import jp.igetanet.core.http.IdempotentRequests;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda handler of an HTTP function, primed for SnapStart: before Lambda snapshots the initialised function
 * it answers one harmless request, so that routing, JSON, the error mapping and the AWS SDK client are loaded and
 * warm in the snapshot and the first real request after a restore does not pay for them. Where SnapStart is off,
 * nothing calls the hook and nothing is primed.
 *
 * <p>Every request passes {@link IdempotentRequests} first, with the raw event and the raw answer, so that a POST
 * retried with the same {@code Idempotency-Key} gets exactly the bytes of the first answer.
 */
public abstract class PrimedFunction extends APIGatewayV2HTTPEventFunction implements Resource {

    private final IdempotentRequests idempotency;

    protected PrimedFunction() {
        Core.getGlobalContext().register(this);
        idempotency = applicationContext.getBean(IdempotentRequests.class);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event,
                                                  com.amazonaws.services.lambda.runtime.Context context) {
        return idempotency.answer(event, () -> super.handleRequest(event, context));
    }

    /** A request that reads nothing anyone owns and changes nothing, e.g. one for an id that cannot exist. */
    protected abstract APIGatewayV2HTTPEvent primingEvent();

    /** Answers the priming request; returns its status. */
    public int prime() {
        return handleRequest(primingEvent(), InvocationContext.priming()).getStatusCode();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: SDK clients reconnect by themselves, and the status cache expires within seconds
    }

    /** A payload 2.0 GET event for priming. */
    protected static APIGatewayV2HTTPEvent primingGet(String routeKey, String path, java.util.Map<String, String> query,
                                                      java.util.Map<String, String> claims) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = claims == null ? null
                : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString(query == null ? "" : query.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .reduce((a, b) -> a + "&" + b).orElse(""))
                .withQueryStringParameters(query)
                .withHeaders(java.util.Map.of("accept", "application/json", "user-agent", "snapstart-priming"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(routeKey)
                        .withRequestId("snapstart-priming")
                        .withStage("$default")
                        .withAuthorizer(authorizer)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("snapstart-priming").build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }
}
