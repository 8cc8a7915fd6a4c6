package jp.igetanet.core.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jp.igetanet.core.log.StructuredLog;

/** Answers an {@link ApiException} with its problem document. */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

    private final StructuredLog log;

    public ApiExceptionHandler(StructuredLog log) {
        this.log = log;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException exception) {
        log.requestRejected(exception.code().name(), exception.code().status());
        var response = ProblemResponses.of(request, exception.code(), exception.fieldErrors());
        if (exception.retryAfterSeconds() > 0) {
            response.header("Retry-After", Long.toString(exception.retryAfterSeconds()));
        }
        return response;
    }
}
