package jp.igetanet.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import jp.igetanet.core.log.StructuredLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import jp.igetanet.core.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of Idempotency-Key, against an in-memory record of answers and a clock the test moves. */
class IdempotentRequestsTest {

    private static final Instant NINE_AM = Instant.parse("2026-12-07T00:00:00Z");

    private final ApplicationContext context = ApplicationContext.run();
    private final InMemoryAnswers answers = new InMemoryAnswers();
    private final MutableClock clock = new MutableClock(NINE_AM);
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final IdempotentRequests requests = new IdempotentRequests(answers, context.getBean(JsonMapper.class), clock,
            new StructuredLog(clock, new PrintStream(logged, true)));
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void close() {
        context.close();
    }

    private APIGatewayV2HTTPResponse created() {
        int run = runs.incrementAndGet();
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Location", "/patients/P1/posts/POST" + run);
        headers.put("Date", "Mon, 07 Dec 2026 00:00:0" + run + " GMT");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(201).withHeaders(headers)
                .withBody("{\"id\":\"POST" + run + "\"}").withIsBase64Encoded(false).build();
    }

    private static APIGatewayV2HTTPEvent post(String key, String body, String subject) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /patients/{patientId}/posts")
                .withRawPath("/patients/P1/posts")
                .withHeaders(headers)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("sub", subject, "username", subject, "token_use", "access"))
                                        .build())
                                .build())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build())
                        .build())
                .build();
    }

    @Test
    void aRepeatGetsTheFirstAnswerWithoutRunningAgain() {
        APIGatewayV2HTTPResponse first = requests.answer(post("k1", "{\"text\":\"a\"}", "nurse"), this::created);
        APIGatewayV2HTTPResponse again = requests.answer(post("k1", "{\"text\":\"a\"}", "nurse"), this::created);

        assertEquals(1, runs.get());
        assertEquals(201, again.getStatusCode());
        assertEquals(first.getBody(), again.getBody());
        assertEquals("/patients/P1/posts/POST1", again.getHeaders().get("location"));
        assertEquals("true", again.getHeaders().get("Idempotent-Replayed"));
        assertFalse(again.getHeaders().containsKey("date"), "the gateway dates each answer itself");
        assertEquals(Optional.of("P1"), answers.patientOf(), "the answer is about the patient its Location names");
    }

    @Test
    void aKeyCostsTwoWritesAReplayAFailedWriteAndARead() {
        requests.answer(post(null, "{}", "nurse"), this::created);
        assertEquals(0, answers.requests, "no key, no request");

        requests.answer(post("k1", "{}", "nurse"), this::created);
        assertEquals(2, answers.requests, "the claim and the answer");

        requests.answer(post("k1", "{}", "nurse"), this::created);
        assertEquals(4, answers.requests, "the refused claim and the read of the answer");
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefusedWith422() {
        requests.answer(post("k1", "{\"text\":\"a\"}", "nurse"), this::created);

        APIGatewayV2HTTPResponse other = requests.answer(post("k1", "{\"text\":\"b\"}", "nurse"), this::created);

        assertEquals(422, other.getStatusCode());
        assertEquals("application/problem+json", other.getHeaders().get("Content-Type"));
        assertTrue(other.getBody().contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\""), other.getBody());
        assertEquals(1, runs.get());
    }

    @Test
    void aRepeatWhileTheFirstRunsIsRefusedWith409UntilTheClaimIsAbandoned() {
        APIGatewayV2HTTPEvent event = post("k1", "{}", "nurse");
        APIGatewayV2HTTPResponse[] during = new APIGatewayV2HTTPResponse[1];

        requests.answer(event, () -> {
            during[0] = requests.answer(event, this::created);
            return created();
        });

        assertEquals(409, during[0].getStatusCode());
        assertTrue(during[0].getBody().contains("IDEMPOTENCY_KEY_IN_USE"));
        assertEquals("1", during[0].getHeaders().get("Retry-After"));

    }

    @Test
    void aClaimOlderThanAnyFunctionMayRunIsTakenOver() {
        APIGatewayV2HTTPEvent event = post("k1", "{}", "nurse");
        APIGatewayV2HTTPResponse[] takenOver = new APIGatewayV2HTTPResponse[1];

        requests.answer(event, () -> {
            // the first request hangs past the function's timeout: Lambda has ended it, its claim is left
            clock.advance(IdempotentRequests.ABANDONED_AFTER.plusSeconds(1));
            takenOver[0] = requests.answer(event, this::created);
            return created();
        });

        assertEquals(201, takenOver[0].getStatusCode(), "a claim whose request died is taken over");
    }

    @Test
    void aFailedAnswerIsNotKeptSoTheRetryRuns() {
        APIGatewayV2HTTPResponse refused = requests.answer(post("k1", "{}", "nurse"), () -> {
            runs.incrementAndGet();
            return APIGatewayV2HTTPResponse.builder().withStatusCode(400).withHeaders(Map.of()).withBody("{}").build();
        });
        assertEquals(400, refused.getStatusCode());
        assertTrue(answers.isEmpty());

        assertEquals(201, requests.answer(post("k1", "{}", "nurse"), this::created).getStatusCode());
        assertEquals(2, runs.get());
    }

    @Test
    void keysBelongToTheirCaller() {
        requests.answer(post("k1", "{}", "nurse"), this::created);
        APIGatewayV2HTTPResponse doctors = requests.answer(post("k1", "{}", "doctor"), this::created);

        assertEquals(2, runs.get());
        assertFalse(doctors.getHeaders().containsKey("Idempotent-Replayed"));
    }

    @Test
    void anAnswerIsKeptForADay() {
        requests.answer(post("k1", "{}", "nurse"), this::created);
        clock.advance(IdempotentRequests.KEPT_FOR.minusSeconds(1));
        requests.answer(post("k1", "{}", "nurse"), this::created);
        assertEquals(1, runs.get());

        clock.advance(Duration.ofSeconds(1));
        requests.answer(post("k1", "{}", "nurse"), this::created);
        assertEquals(2, runs.get(), "an expired answer is no answer");
    }

    @Test
    void malformedKeysAreRefusedAndNothingRuns() {
        for (String key : new String[]{"", "  ", "x".repeat(256), "キー", "a\tb", "\"\""}) {
            APIGatewayV2HTTPResponse refused = requests.answer(post(key, "{}", "nurse"), this::created);
            assertEquals(400, refused.getStatusCode(), "[" + key + "]");
            assertTrue(refused.getBody().contains("IDEMPOTENCY_KEY_INVALID"));
        }
        assertEquals(0, runs.get());
        assertTrue(answers.isEmpty());
        assertEquals(Optional.of("x".repeat(255)), IdempotentRequests.valid("x".repeat(255)));
        assertEquals(Optional.of("8e03978e-40d5"), IdempotentRequests.valid("\"8e03978e-40d5\""),
                "the draft's structured-field string");
    }

    @Test
    void withoutAKeyOrOnAnotherMethodTheFunctionAnswersAsItIs() {
        requests.answer(post(null, "{}", "nurse"), this::created);
        requests.answer(post(null, "{}", "nurse"), this::created);
        APIGatewayV2HTTPEvent patch = post("k1", "{}", "nurse");
        patch.getRequestContext().getHttp().setMethod("PATCH");
        requests.answer(patch, this::created);
        requests.answer(patch, this::created);

        assertEquals(4, runs.get());
        assertTrue(answers.isEmpty());
    }

    @Test
    void thePatientOfAPathIsItsFirstSegmentAfterPatients() {
        assertEquals(Optional.of("P1"), IdempotentRequests.patientIn("/patients/P1/posts/X/corrections"));
        assertEquals(Optional.of("P1"), IdempotentRequests.patientIn("/patients/P1"));
        assertEquals(Optional.empty(), IdempotentRequests.patientIn("/patients"));
        assertEquals(Optional.empty(), IdempotentRequests.patientIn("/consent-withdrawals/W1"));
        assertEquals(Optional.empty(), IdempotentRequests.patientIn("/projects/J1/posts"));
    }

    /** The same conditions as the table's: a record is free when absent, expired, or a claim older than the limit. */
    private final class InMemoryAnswers implements StoredAnswers {
        private final Map<String, Record> records = new HashMap<>();
        /** Requests the table would get: a claim is one put, a held key one more read, an answer one put, a release one delete. */
        private int requests;

        private record Record(Claim claim, Optional<Answer> answer, Optional<String> patientId) {
        }

        @Override
        public Optional<Stored> claim(Claim claim, Instant abandonedBefore) {
            requests++;
            Record held = records.get(claim.id());
            boolean free = held == null || !held.claim().expiresAt().isAfter(claim.claimedAt())
                    || held.answer().isEmpty() && held.claim().claimedAt().isBefore(abandonedBefore);
            if (free) {
                records.put(claim.id(), new Record(claim, Optional.empty(), Optional.empty()));
                return Optional.empty();
            }
            requests++;
            return Optional.of(new Stored(held.claim().fingerprint(), held.answer()));
        }

        @Override
        public void complete(Claim claim, Answer answer, Optional<String> patientId) {
            requests++;
            records.put(claim.id(), new Record(claim, Optional.of(answer), patientId));
        }

        @Override
        public void release(Claim claim) {
            requests++;
            records.remove(claim.id());
        }

        boolean isEmpty() {
            return records.isEmpty();
        }

        Optional<String> patientOf() {
            return records.values().stream().flatMap(record -> record.patientId().stream()).findFirst();
        }
    }
}
