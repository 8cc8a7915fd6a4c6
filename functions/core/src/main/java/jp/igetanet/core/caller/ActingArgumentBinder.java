package jp.igetanet.core.caller;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.http.GatewayEvents;

import java.util.Map;
import java.util.Optional;

/**
 * Lets a controller method take an {@link Acting} parameter: the signed-in caller and where the request came from.
 * The claims come from the API Gateway JWT authorizer ({@code requestContext.authorizer.jwt.claims}), which has
 * already verified the token's signature, issuer, audience and expiry. A route without them (no authorizer) answers
 * 401. A user whose password has expired gets only the routes marked {@link AllowsExpiredPassword}. While the
 * caller's network is suspended (§25), only its operator gets through ({@link ServiceGate}).
 */
@Singleton
public class ActingArgumentBinder implements TypedRequestArgumentBinder<Acting> {

    private final CallerResolver resolver;
    private final ServiceGate gate;

    public ActingArgumentBinder(CallerResolver resolver, ServiceGate gate) {
        this.resolver = resolver;
        this.gate = gate;
    }

    @Override
    public Argument<Acting> argumentType() {
        return Argument.of(Acting.class);
    }

    @Override
    public BindingResult<Acting> bind(ArgumentConversionContext<Acting> context, HttpRequest<?> source) {
        APIGatewayV2HTTPEvent event = GatewayEvents.of(source).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED));
        Map<String, String> claims = GatewayEvents.claims(event).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED));
        boolean expiredPasswordAllowed = RouteAttributes.getRouteMatch(source)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(AllowsExpiredPassword.class))
                .orElse(false);
        RequestOrigin origin = RequestOrigin.of(event);
        Caller caller = resolver.resolve(claims, origin, expiredPasswordAllowed);
        gate.admit(caller);
        Acting acting = new Acting(caller, origin);
        return () -> Optional.of(acting);
    }
}
