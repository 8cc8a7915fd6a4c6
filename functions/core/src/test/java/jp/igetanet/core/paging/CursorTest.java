package jp.igetanet.core.paging;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void aCursorDecodesToThePartsItWasMadeOf() {
        String cursor = Cursor.encode("nishio", "イゲタクリニック#01KDEM0FAC0000000000000003", "01KDEM0FAC0000000000000003");
        assertEquals(List.of("nishio", "イゲタクリニック#01KDEM0FAC0000000000000003", "01KDEM0FAC0000000000000003"),
                Cursor.decode(cursor, 3));
    }

    @Test
    void garbledOrForeignCursorsAreRejectedAsInvalidCursor() {
        String valid = Cursor.encode("a", "b", "c");
        for (String bad : List.of("", "!!!", "bm90IGEgY3Vyc29y", valid.substring(0, valid.length() - 3),
                Cursor.encode("a", "b"), "x".repeat(2000))) {
            ApiException rejected = assertThrows(ApiException.class, () -> Cursor.decode(bad, 3), bad);
            assertEquals(ErrorCode.INVALID_CURSOR, rejected.code());
        }
    }
}
