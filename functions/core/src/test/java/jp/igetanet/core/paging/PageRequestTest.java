package jp.igetanet.core.paging;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.FieldError;
import jp.igetanet.core.error.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    private static final PageRequest.Sizes SIZES = new PageRequest.Sizes(20, 50);

    @Test
    void withoutCursorOrLimitAPageStartsAtTheTopWithTheRoutesDefaultSize() {
        assertEquals(new PageRequest<>(Optional.empty(), 20), SIZES.request(null, null));
    }

    @Test
    void aCursorAndALimitWithinTheRoutesMaximumAreTakenAsGiven() {
        assertEquals(new PageRequest<>(Optional.of("01KDEM0PAT0000000000000001"), 50),
                SIZES.request(Cursor.encode("01KDEM0PAT0000000000000001"), 50));
    }

    @Test
    void aLimitBelowOneOrAboveTheMaximumFailsValidationNamingLimit() {
        for (int limit : List.of(0, -1, 51)) {
            ApiException refused = assertThrows(ApiException.class, () -> SIZES.request(null, limit));
            assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
            assertEquals(List.of("limit"), refused.fieldErrors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    void theLimitIsCheckedWithTheRoutesOtherFields() {
        Validation validation = new Validation().check(false, "status", "状態が正しくありません。");
        ApiException refused = assertThrows(ApiException.class, () -> SIZES.check(validation, 51).throwIfInvalid());
        assertEquals(List.of("status", "limit"), refused.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void aCursorOfAnotherShapeOrRefusedByThePositionIsAnInvalidCursor() {
        for (String cursor : List.of("!!!", Cursor.encode("a", "b"))) {
            assertEquals(ErrorCode.INVALID_CURSOR,
                    assertThrows(ApiException.class, () -> SIZES.request(cursor, null)).code());
        }
        assertEquals(ErrorCode.INVALID_CURSOR, assertThrows(ApiException.class, () -> SIZES.request(Cursor.encode("x"), null,
                1, parts -> { throw new ApiException(ErrorCode.INVALID_CURSOR); })).code());
    }

    @Test
    void aCursorOfSeveralPartsBecomesTheRoutesPosition() {
        PageRequest<List<String>> asked = SIZES.request(Cursor.encode("nishio", "b", "c"), 5, 3, parts -> parts);
        assertEquals(Optional.of(List.of("nishio", "b", "c")), asked.after());
        assertEquals(5, asked.limit());
    }
}
