package jp.igetanet.core.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** The one place that turns an {@link ErrorCode} into an {@code application/problem+json} response. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, ErrorCode code, List<FieldError> errors) {
        Problem problem = Problem.of(code, request == null ? null : request.getPath(), errors);
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(code.status()))
                .body(problem)
                .contentType(Problem.MEDIA_TYPE);
        if (code.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }

    /** The code for a status that the framework produced by itself (no route, wrong method, unreadable body). */
    public static ErrorCode codeForStatus(int status, boolean hasFieldErrors) {
        return switch (status) {
            case 400 -> hasFieldErrors ? ErrorCode.VALIDATION_FAILED : ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.ROUTE_NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
