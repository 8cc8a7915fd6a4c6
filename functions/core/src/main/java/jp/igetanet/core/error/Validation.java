package jp.igetanet.core.error;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors of one request and fails with {@link ErrorCode#VALIDATION_FAILED} if there are any. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            reject(field, message);
        }
        return this;
    }

    /** A list's optional {@code limit}: absent, or from 1 to {@code max}. */
    public Validation checkPageSize(Integer limit, int max) {
        return check(limit == null || limit >= 1 && limit <= max, "limit", "件数は1から" + max + "までの数で指定してください。");
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, errors);
        }
    }
}
