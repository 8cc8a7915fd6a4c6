package jp.igetanet.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.log.StructuredLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every POST (draft-ietf-httpapi-idempotency-key-header, as Powertools for AWS Lambda
 * does it): the key is scoped to the caller; the first successful answer is stored for a day and a repeat with the
 * same key and the same request gets it again without running anything; the same key with another request answers
 * 422, a repeat while the first is still running 409, a malformed key 400. Answers that are not a success are not
 * kept, so a corrected or later retry runs. Requests without the header run as they are, at no cost.
 */
@Singleton
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** Marks an answer that was stored earlier and is sent again. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** How long an answer is kept (the draft's "expiry"; Powertools' default is one hour). */
    public static final Duration KEPT_FOR = Duration.ofHours(24);
    /** A claim older than this belongs to a request that died: longer than any function may run (Timeout 29 s). */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    static final int MAX_KEY_LENGTH = 255;

    private static final Pattern PATIENT_PATH = Pattern.compile("^/patients/([^/?#]+)");
    /** The headers of an answer worth sending again; the gateway adds its own (CORS, date) to each answer anyway. */
    private static final List<String> KEPT_HEADERS = List.of("content-type", "location", "etag", "retry-after");

    private final StoredAnswers answers;
    private final JsonMapper json;
    private final Clock clock;
    private final StructuredLog log;

    public IdempotentRequests(StoredAnswers answers, JsonMapper json, Clock clock, StructuredLog log) {
        this.answers = answers;
        this.json = json;
        this.clock = clock;
        this.log = log;
    }

    /** The answer to {@code event}: the function's ({@code handler}), or the stored one, or a refusal. */
    public APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, Supplier<APIGatewayV2HTTPResponse> handler) {
        Optional<String> key = header(event, HEADER);
        if (key.isEmpty() || !"POST".equalsIgnoreCase(method(event))) {
            return handler.get();
        }
        Optional<String> valid = valid(key.get());
        if (valid.isEmpty()) {
            return refused(event, ErrorCode.IDEMPOTENCY_KEY_INVALID);
        }
        Instant now = clock.instant();
        StoredAnswers.Claim claim = new StoredAnswers.Claim(sha256(scope(event) + "\n" + valid.get()),
                fingerprint(event), now, now.plus(KEPT_FOR));
        Optional<StoredAnswers.Stored> held = answers.claim(claim, now.minus(ABANDONED_AFTER));
        if (held.isPresent()) {
            return heldBy(event, claim, held.get());
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = handler.get();
        } catch (RuntimeException | Error e) {
            answers.release(claim);
            throw e;
        }
        if (response.getStatusCode() / 100 == 2) {
            StoredAnswers.Answer answer = new StoredAnswers.Answer(response.getStatusCode(), kept(response),
                    response.getBody(), response.getIsBase64Encoded());
            try {
                answers.complete(claim, answer, patientOf(event, answer));
            } catch (RuntimeException e) {
                // the work is done and its answer goes out; a repeat meets the claim (409) until it counts as
                // abandoned — better than giving the claim up, which would let a repeat do the work twice
                log.failure("idempotency-answer", e);
            }
        } else {
            answers.release(claim);
        }
        return response;
    }

    private APIGatewayV2HTTPResponse heldBy(APIGatewayV2HTTPEvent event, StoredAnswers.Claim claim,
                                            StoredAnswers.Stored held) {
        if (!held.fingerprint().equals(claim.fingerprint())) {
            return refused(event, ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        if (held.answer().isEmpty()) {
            APIGatewayV2HTTPResponse busy = refused(event, ErrorCode.IDEMPOTENCY_KEY_IN_USE);
            busy.getHeaders().put("Retry-After", "1");
            return busy;
        }
        StoredAnswers.Answer answer = held.answer().get();
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put(REPLAYED_HEADER, "true");
        log.idempotentRequest(event.getRouteKey(), "replayed", answer.status());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(answer.status())
                .withHeaders(headers)
                .withBody(answer.body())
                .withIsBase64Encoded(answer.base64Encoded())
                .build();
    }

    private APIGatewayV2HTTPResponse refused(APIGatewayV2HTTPEvent event, ErrorCode code) {
        log.idempotentRequest(event.getRouteKey(), code.name(), code.status());
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", Problem.MEDIA_TYPE);
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(code.status())
                    .withHeaders(headers)
                    .withBody(json.writeValueAsString(Problem.of(code, event.getRawPath(), List.of())))
                    .withIsBase64Encoded(false)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key, without the quotes of the draft's structured-field form ({@code "…"}); empty when it is empty, too
     * long or holds anything but visible ASCII and spaces.
     */
    static Optional<String> valid(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    /** Whose key it is: the signed-in user (the token's subject), or the public for a route without sign-in. */
    private static String scope(APIGatewayV2HTTPEvent event) {
        return GatewayEvents.claims(event)
                .map(claims -> claims.getOrDefault("sub", claims.get("username")))
                .map(subject -> "user:" + subject)
                .orElse("public");
    }

    /** What makes two requests the same request: method, path, query and body. */
    private static String fingerprint(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        if (event.getIsBase64Encoded()) {
            body = new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return sha256(method(event) + " " + event.getRawPath() + "?" + Optional.ofNullable(event.getRawQueryString())
                .orElse("") + "\n" + body);
    }

    /** The patient an answer is about: the one its Location names, else the one the path names. */
    private static Optional<String> patientOf(APIGatewayV2HTTPEvent event, StoredAnswers.Answer answer) {
        Optional<String> location = Optional.ofNullable(answer.headers().get("location"))
                .map(value -> URI.create(value).getPath());
        return patientIn(location.orElse(event.getRawPath()));
    }

    static Optional<String> patientIn(String path) {
        Matcher matcher = PATIENT_PATH.matcher(path == null ? "" : path);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Map<String, String> kept(APIGatewayV2HTTPResponse response) {
        Map<String, String> kept = new HashMap<>();
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                if (KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                    kept.put(name.toLowerCase(Locale.ROOT), values.getFirst());
                }
            });
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                if (KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    kept.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        return kept;
    }

    private static Optional<String> header(APIGatewayV2HTTPEvent event, String name) {
        if (event.getHeaders() == null) {
            return Optional.empty();
        }
        return event.getHeaders().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? ""
                : event.getRequestContext().getHttp().getMethod();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
