package jp.igetanet.core.error;

import java.util.List;

/** A request failed for a reason the caller can act on; carries its stable {@link ErrorCode}. */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;
    private final long retryAfterSeconds;

    public ApiException(ErrorCode code) {
        this(code, List.of());
    }

    public ApiException(ErrorCode code, List<FieldError> fieldErrors) {
        this(code, fieldErrors, 0);
    }

    /** A refusal for now: the client may try again after {@code retryAfterSeconds} ({@code Retry-After}). */
    public ApiException(ErrorCode code, long retryAfterSeconds) {
        this(code, List.of(), retryAfterSeconds);
    }

    private ApiException(ErrorCode code, List<FieldError> fieldErrors, long retryAfterSeconds) {
        // The message is the code alone: exception messages end up in logs, which never hold request data.
        super(code.name(), null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which the request may succeed; 0 when retrying will not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
