package jp.igetanet.core.caller;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import jp.igetanet.core.http.GatewayEvents;

import java.util.Optional;

/** Lets a controller method take the {@link RequestOrigin} of a request, for the audit log of public actions. */
@Singleton
public class RequestOriginArgumentBinder implements TypedRequestArgumentBinder<RequestOrigin> {

    @Override
    public Argument<RequestOrigin> argumentType() {
        return Argument.of(RequestOrigin.class);
    }

    @Override
    public BindingResult<RequestOrigin> bind(ArgumentConversionContext<RequestOrigin> context, HttpRequest<?> source) {
        RequestOrigin origin = RequestOrigin.of(GatewayEvents.of(source).orElse(null));
        return () -> Optional.of(origin);
    }
}
