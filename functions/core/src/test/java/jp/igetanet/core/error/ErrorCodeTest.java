package jp.igetanet.core.error;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorCodeTest {

    @Test
    void everyCodeHasAUniqueTypeAndAJapaneseTitle() {
        assertEquals(ErrorCode.values().length,
                new HashSet<>(Arrays.stream(ErrorCode.values()).map(ErrorCode::type).toList()).size());
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), code.name());
            assertTrue(code.status() >= 400 && code.status() <= 599, code.name());
        }
    }

    @Test
    void frameworkStatusesMapToStableCodes() {
        assertEquals(ErrorCode.ROUTE_NOT_FOUND, ProblemResponses.codeForStatus(404, false));
        assertEquals(ErrorCode.VALIDATION_FAILED, ProblemResponses.codeForStatus(400, true));
        assertEquals(ErrorCode.MALFORMED_REQUEST, ProblemResponses.codeForStatus(400, false));
        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, ProblemResponses.codeForStatus(413, false));
        assertEquals(ErrorCode.INTERNAL_ERROR, ProblemResponses.codeForStatus(503, false));
    }
}
