package jp.igetanet.core.paging;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque page cursor: a version tag and a few strings, base64url-encoded. Clients must pass it back
 * unchanged; anything that does not decode to the expected shape is a 400 {@link ErrorCode#INVALID_CURSOR}.
 */
public final class Cursor {

    private static final String VERSION = "c1";
    private static final String SEPARATOR = "\n";
    private static final int MAX_LENGTH = 1024;

    private Cursor() {
    }

    public static String encode(String... parts) {
        for (String part : parts) {
            if (part.contains(SEPARATOR)) {
                throw new IllegalArgumentException("cursor part contains a line break");
            }
        }
        String joined = VERSION + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor that must have exactly {@code expectedParts} non-empty parts. */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
        String joined;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            joined = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
        List<String> parts = Arrays.asList(joined.split(SEPARATOR, -1));
        if (parts.size() != expectedParts + 1 || !parts.getFirst().equals(VERSION)
                || parts.stream().anyMatch(String::isEmpty)) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
        return parts.subList(1, parts.size());
    }
}
