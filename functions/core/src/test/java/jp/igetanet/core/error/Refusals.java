package jp.igetanet.core.error;

import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a desk refuses a call, for the desks' unit tests. */
public final class Refusals {

    private Refusals() {
    }

    /** The error code a call fails with. */
    public static ErrorCode refusal(Executable call) {
        return assertThrows(ApiException.class, call).code();
    }

    /** The fields a call is refused for, as a bad request (400). */
    public static List<String> refusedFields(Executable call) {
        ApiException refused = assertThrows(ApiException.class, call);
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        return refused.fieldErrors().stream().map(FieldError::field).distinct().toList();
    }
}
