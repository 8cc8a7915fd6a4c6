package jp.igetanet.core.error;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Replaces Micronaut's JSON error body with problem+json for what the framework rejects before our code runs:
 * unknown routes, wrong methods, unreadable bodies, unconvertible parameters, bean validation. Micronaut's own
 * processor steps aside when this bean exists.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        List<FieldError> fieldErrors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(ProblemErrorResponseProcessor::toFieldError)
                .toList();
        ErrorCode code = ProblemResponses.codeForStatus(base.getStatus().getCode(), !fieldErrors.isEmpty());
        Problem problem = Problem.of(code, context.getRequest().getPath(), fieldErrors);
        return base.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static FieldError toFieldError(Error error) {
        String path = error.getPath().orElse("");
        // Bean validation paths look like "list.query.limit", conversion errors like "/limit": the last segment
        // names the field.
        String field = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')) + 1);
        return new FieldError(field, "値が正しくありません");
    }
}
