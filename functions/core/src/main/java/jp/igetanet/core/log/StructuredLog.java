package jp.igetanet.core.log;

import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one JSON object per line to standard output, which Lambda ships to CloudWatch Logs.
 *
 * <p>Only ids, codes, routes, statuses and durations go in: never names, free text, request bodies or
 * anything clinical. The methods take exactly those, so that nothing else can slip in.
 */
@Singleton
public class StructuredLog {

    private final Clock clock;
    private final PrintStream out;

    public StructuredLog(Clock clock) {
        this(clock, System.out);
    }

    public StructuredLog(Clock clock, PrintStream out) {
        this.clock = clock;
        this.out = out;
    }

    public void request(String method, String routeKey, int status, long durationMillis, String requestId, String userId,
                        int dynamoDbRequests, double capacityUnits) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", method);
        fields.put("route", routeKey);
        fields.put("status", status);
        fields.put("durationMs", durationMillis);
        fields.put("requestId", requestId);
        fields.put("userId", userId);
        fields.put("dynamoDbRequests", dynamoDbRequests);
        fields.put("capacityUnits", capacityUnits);
        write("INFO", "request", fields);
    }

    /** A request answered with an error of this stable code and status; a 5xx is logged as an error. */
    public void requestRejected(String code, int status) {
        write(status >= 500 ? "ERROR" : "INFO", "rejected", Map.of("code", code));
    }

    public void accessDenied(String userId, String code) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("userId", userId);
        fields.put("code", code);
        write("WARN", "access-denied", fields);
    }

    /** A defence-in-depth step that the service could not do; the request went on without it. */
    public void degraded(String step, String userId, int status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("step", step);
        fields.put("userId", userId);
        fields.put("status", status);
        write("WARN", "degraded", fields);
    }

    /** A request sent with an Idempotency-Key that was not run: its stored answer was replayed, or it was refused. */
    public void idempotentRequest(String routeKey, String outcome, int status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("route", routeKey);
        fields.put("outcome", outcome);
        fields.put("status", status);
        write("INFO", "idempotent-request", fields);
    }

    public void failure(String where, Throwable error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("where", where);
        // The class, not the message: messages can quote input.
        fields.put("exception", error.getClass().getName());
        write("ERROR", "failure", fields);
    }

    private void write(String level, String event, Map<String, Object> fields) {
        StringBuilder line = new StringBuilder(160).append('{');
        appendField(line, "time", clock.instant().toString()).append(',');
        appendField(line, "level", level).append(',');
        appendField(line, "event", event);
        fields.forEach((name, value) -> {
            if (value != null) {
                line.append(',');
                appendField(line, name, value);
            }
        });
        out.println(line.append('}'));
    }

    private static StringBuilder appendField(StringBuilder line, String name, Object value) {
        appendString(line, name).append(':');
        if (value instanceof Number) {
            return line.append(value);
        }
        return appendString(line, String.valueOf(value));
    }

    static StringBuilder appendString(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
    }
}
