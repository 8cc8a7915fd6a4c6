package jp.igetanet.portal;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.FieldError;
import jp.igetanet.core.facility.FacilityKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DirectoryQueryTest {

    private static List<String> invalidFields(Runnable parse) {
        ApiException rejected = assertThrows(ApiException.class, parse::run);
        assertEquals(ErrorCode.VALIDATION_FAILED, rejected.code());
        return rejected.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void theNetworkIsRequiredAndMustBeASlug() {
        assertEquals(List.of("network"), invalidFields(() -> DirectoryQuery.parse(null, null, null, null, null)));
        assertEquals(List.of("network"), invalidFields(() -> DirectoryQuery.parse("西尾", null, null, null, null)));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        assertEquals(List.of("kind", "q", "limit"),
                invalidFields(() -> DirectoryQuery.parse("nishio", "castle", "あ".repeat(51), null, 0)));
        assertEquals(List.of("limit"), invalidFields(() -> DirectoryQuery.parse("nishio", null, null, null, 101)));
    }

    @Test
    void defaultsAreTwentyPerPageAllKindsNoText() {
        DirectoryQuery query = DirectoryQuery.parse("nishio", "", null, null, null);
        assertEquals(20, query.pageSize());
        assertEquals(Optional.empty(), query.kind());
        assertEquals("", query.text());
        assertEquals(Optional.of(FacilityKind.PHARMACY), DirectoryQuery.parse("nishio", "pharmacy", null, null, 5).kind());
    }

    @Test
    void aGarbledCursorIsInvalid() {
        assertEquals(ErrorCode.INVALID_CURSOR,
                assertThrows(ApiException.class, () -> DirectoryQuery.parse("nishio", null, null, "zzz", null)).code());
    }
}
