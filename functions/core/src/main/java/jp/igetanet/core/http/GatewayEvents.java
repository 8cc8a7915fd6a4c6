package jp.igetanet.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;

import java.util.Map;
import java.util.Optional;

/** Reads what API Gateway put into the payload 2.0 event behind a Micronaut request. */
public final class GatewayEvents {

    private GatewayEvents() {
    }

    public static Optional<APIGatewayV2HTTPEvent> of(HttpRequest<?> request) {
        return request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event ? Optional.of(event) : Optional.empty();
    }

    /** The claims that the JWT authorizer verified; empty on a route without the authorizer. */
    public static Optional<Map<String, String>> claims(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims);
    }
}
