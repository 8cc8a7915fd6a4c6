package jp.igetanet.core.log;

import jp.igetanet.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructuredLogTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StructuredLog log = new StructuredLog(
            Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC), new PrintStream(out, true, StandardCharsets.UTF_8));

    @Test
    void aRequestIsOneJsonLineWithRouteTemplateStatusAndCost() {
        log.request("GET", "GET /portal/facilities/{facilityId}", 200, 12, "req-1", null, 2, 1.0);
        assertEquals("{\"time\":\"2026-04-01T00:00:00Z\",\"level\":\"INFO\",\"event\":\"request\",\"method\":\"GET\","
                + "\"route\":\"GET /portal/facilities/{facilityId}\",\"status\":200,\"durationMs\":12,"
                + "\"requestId\":\"req-1\",\"dynamoDbRequests\":2,\"capacityUnits\":1.0}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quotesAndControlCharactersAreEscaped() {
        log.accessDenied("a\"b\n\u0001", ErrorCode.ACCOUNT_SUSPENDED.name());
        assertEquals("{\"time\":\"2026-04-01T00:00:00Z\",\"level\":\"WARN\",\"event\":\"access-denied\","
                + "\"userId\":\"a\\\"b\\n\\u0001\",\"code\":\"ACCOUNT_SUSPENDED\"}\n", out.toString(StandardCharsets.UTF_8));
    }
}
