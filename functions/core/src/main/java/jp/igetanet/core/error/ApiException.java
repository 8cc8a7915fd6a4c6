package jp.igetanet.core.error;

import java.util.List;

/** A request failed for a reason the caller can act on; carries its stable {@link ErrorCode}. */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;

    public ApiException(ErrorCode code) {
        this(code, List.of());
    }

    public ApiException(ErrorCode code, List<FieldError> fieldErrors) {
        // The message is the code alone: exception messages end up in logs, which never hold request data.
        super(code.name(), null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
