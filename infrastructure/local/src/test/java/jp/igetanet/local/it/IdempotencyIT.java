package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.trigger.QueuePoller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone on a weak network sends a POST twice: with one {@code Idempotency-Key} the second gets the first answer and
 * nothing is written twice, on every kind of POST, through the gateway with real tokens.
 */
@ExtendWith(LocalSystemExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {

    private final LocalSystem system;
    private final ApiClient api;
    private ApiClient.Admitted station;
    private ApiClient.Admitted clinic;
    private String patient;

    IdempotencyIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "retrycity", "再送確認市");
    }

    @BeforeAll
    void aStationAClinicAndAPatient() {
        station = api.admitFacility("さざなみ訪問看護", "サザナミホウモンカンゴ", "Sazanami-Admin-2026");
        clinic = api.admitFacility("さざなみ在宅クリニック", "サザナミザイタククリニック", "Sazanami-Doctor-2026");
        patient = api.registerPatient(station.adminToken(), "細波 一子", "サザナミ カズコ");
    }

    private HttpResponse<String> post(String path, String token, String body, String key) {
        return api.send("POST", path, token, body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    /**
     * The same request twice with one key: the first answer twice, marked replayed the second time, and the table
     * as after the first; then the key with another body: 422 and nothing written. Returns the first answer.
     */
    private JsonNode sentTwiceWritesOnce(String path, String token, String body, String otherBody, int status) {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(path, token, body, key);
        assertEquals(status, first.statusCode(), first.body());
        long itemsAfterFirst = SharedSystem.domainItems(system);

        HttpResponse<String> again = post(path, token, body, key);

        assertEquals(status, again.statusCode(), path + ": " + again.body());
        assertEquals(first.body(), again.body(), path + ": the same answer");
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"), path);
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""), path);
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent(), path);
        assertEquals(itemsAfterFirst, SharedSystem.domainItems(system), path + ": nothing written the second time");

        HttpResponse<String> other = post(path, token, otherBody, key);

        assertEquals(422, other.statusCode(), path + ": " + other.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", ApiClient.problemCode(other));
        assertTrue(ApiClient.json(other).path("title").asText().contains("Idempotency-Key"));
        assertEquals(itemsAfterFirst, SharedSystem.domainItems(system), path + ": nothing written for another body");
        return ApiClient.json(first);
    }

    private static String postBody(String text) {
        return "{\"category\":\"vitals\",\"text\":\"" + text + "\",\"vitals\":{\"systolic\":128,\"diastolic\":76}}";
    }

    @Test
    void aPostSentTwiceIsPostedOnce() {
        String posts = "/patients/" + patient + "/posts";
        int before = ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size();

        sentTwiceWritesOnce(posts, station.adminToken(), postBody("再送テスト"), postBody("別の内容"), 201);

        assertEquals(before + 1, ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size());
    }

    @Test
    void aCorrectionAReadMarkAndATeamMemberSentTwiceAreMadeOnce() {
        String posts = "/patients/" + patient + "/posts";
        String postId = ApiClient.expect(201, post(posts, station.adminToken(), postBody("訂正前"), null)).path("id").asText();

        JsonNode corrected = sentTwiceWritesOnce(posts + "/" + postId + "/corrections", station.adminToken(),
                "{\"text\":\"訂正後\",\"reason\":\"入力誤り\"}", "{\"text\":\"別の訂正\",\"reason\":\"入力誤り\"}", 201);
        assertEquals(2, corrected.path("version").asInt(), corrected.toString());

        sentTwiceWritesOnce("/patients/" + patient + "/team", station.adminToken(),
                "{\"userId\":\"" + clinic.adminId() + "\"}", "{\"userId\":\"someone-else\"}", 201);
        sentTwiceWritesOnce(posts + "/" + postId + "/read", clinic.adminToken(), null, "{}", 200);
    }

    @Test
    void aPatientSentTwiceIsRegisteredOnce() {
        String formId = api.uploadConsentForm(station.adminToken(), "%PDF-1.4\n%%EOF\n".getBytes());
        String body = "{\"name\":\"細波 二郎\",\"kana\":\"サザナミ ジロウ\",\"birthDate\":\"1938-02-03\",\"sex\":\"male\","
                + "\"address\":\"愛知県西尾市2-2\",\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + formId + "\"}}";

        JsonNode registered = sentTwiceWritesOnce("/patients", station.adminToken(), body,
                body.replace("細波 二郎", "細波 三郎"), 201);

        assertEquals("細波 二郎", registered.path("name").asText());
    }

    @Test
    void anIdIssueAnApplicationAndItsApprovalSentTwiceAreMadeOnce() {
        JsonNode issued = sentTwiceWritesOnce("/facilities/" + station.facilityId() + "/users", station.adminToken(),
                ApiClient.issueBody("再送 花子", "サイソウ ハナコ"), ApiClient.issueBody("再送 次子", "サイソウ ツギコ"), 201);
        assertFalse(issued.path("temporaryPassword").asText().isEmpty(), "the temporary password comes back too");

        JsonNode applied = sentTwiceWritesOnce("/registrations", null, api.application("さざなみ薬局", "サザナミヤッキョク"),
                api.application("さざなみ第二薬局", "サザナミダイニヤッキョク"), 202);
        String applicationId = applied.path("applicationId").asText();

        sentTwiceWritesOnce("/registrations/" + applicationId + "/approval", api.operatorToken(), null, "{}", 201);
    }

    @Test
    void aProjectPostSentTwiceIsPostedOnce() {
        String projectId = ApiClient.expect(201, post("/projects", station.adminToken(),
                "{\"name\":\"再送確認の勉強会\",\"kind\":\"training\",\"admission\":\"invitation\"}", null)).path("id").asText();

        sentTwiceWritesOnce("/projects/" + projectId + "/posts", station.adminToken(), "{\"text\":\"資料を共有します。\"}",
                "{\"text\":\"別の資料です。\"}", 201);
    }

    @Test
    void aWithdrawalSentTwiceIsFiledOnceAndItsPurgeTakesTheStoredAnswersAboutThePatient() throws Exception {
        String withdrawn = api.registerPatient(station.adminToken(), "細波 四郎", "サザナミ シロウ");
        String answered = ApiClient.expect(201, post("/patients/" + withdrawn + "/posts", station.adminToken(),
                postBody("撤回前の投稿"), UUID.randomUUID().toString())).path("id").asText();
        assertFalse(answered.isEmpty());
        assertEquals(1, answersAbout(withdrawn), "the post's answer is stored, about the patient");
        QueuePoller purge = system.poller("PurgeFunction");
        String body = "{\"requestedBy\":\"patient\",\"receivedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\"}";
        JsonNode accepted;
        purge.pause();
        try {
            accepted = sentTwiceWritesOnce("/patients/" + withdrawn + "/consent-withdrawal", station.adminToken(), body,
                    body.replace("patient", "family"), 202);
        } finally {
            purge.resume();
        }

        api.awaitPurge(station.adminToken(), accepted.path("id").asText());

        assertEquals(0, answersAbout(withdrawn), "no stored answer quotes the withdrawn patient's record");
        HttpResponse<String> afterPurge = post("/patients/" + withdrawn + "/consent-withdrawal", station.adminToken(),
                body, UUID.randomUUID().toString());
        assertEquals(404, afterPurge.statusCode());
    }

    private long answersAbout(String patientId) {
        return system.clients().dynamoDb().queryPaginator(request -> request
                        .tableName(system.resources().tableName("DomainTable")).indexName("GSI2")
                        .keyConditionExpression("GSI2PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PATIENTANSWERS#" + patientId))))
                .items().stream().count();
    }

    @Test
    void tenConcurrentIdenticalPostsWriteOnePost() throws Exception {
        String posts = "/patients/" + patient + "/posts";
        int before = ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size();
        String key = UUID.randomUUID().toString();
        String body = postBody("同時送信");
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService phones = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(phones.submit(() -> post(posts, station.adminToken(), body, key)));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            phones.shutdownNow();
        }

        assertEquals(before + 1, ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size());
        List<String> created = answers.stream().filter(answer -> answer.statusCode() == 201).map(HttpResponse::body)
                .distinct().toList();
        assertEquals(1, created.size(), "every 201 is the one post");
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409 && "IDEMPOTENCY_KEY_IN_USE"
                    .equals(ApiClient.problemCode(answer)), answer.body());
        }
    }

    @Test
    void withoutTheHeaderTheSameRequestPostsTwiceAsBefore() {
        String posts = "/patients/" + patient + "/posts";
        int before = ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size();

        ApiClient.expect(201, post(posts, station.adminToken(), postBody("キーなし"), null));
        ApiClient.expect(201, post(posts, station.adminToken(), postBody("キーなし"), null));

        assertEquals(before + 2, ApiClient.expect(200, api.send("GET", posts + "?limit=50", station.adminToken(), null)).path("items").size());
    }

    @Test
    void aMalformedKeyIsRefusedWithNothingWritten() {
        String posts = "/patients/" + patient + "/posts";
        long items = SharedSystem.domainItems(system);
        for (String key : List.of("", " ", "x".repeat(256), "a\"b")) {
            HttpResponse<String> refused = post(posts, station.adminToken(), postBody("不正なキー"), key);
            assertEquals(400, refused.statusCode(), "[" + key + "] " + refused.body());
            assertEquals("IDEMPOTENCY_KEY_INVALID", ApiClient.problemCode(refused));
        }
        assertEquals(items, SharedSystem.domainItems(system));

        ApiClient.expect(201, post(posts, station.adminToken(), postBody("最長のキー"), "k".repeat(255)));
        ApiClient.expect(201, post(posts, station.adminToken(), postBody("引用符付きのキー"),
                "\"" + UUID.randomUUID() + "\""));
    }

    @Test
    void aRefusedRequestKeepsNoAnswerSoItsCorrectedRetryRuns() {
        String posts = "/patients/" + patient + "/posts";
        String key = UUID.randomUUID().toString();
        long items = SharedSystem.domainItems(system);

        HttpResponse<String> refused = post(posts, station.adminToken(), "{\"category\":\"nonsense\"}", key);
        assertEquals(400, refused.statusCode());
        assertEquals(items, SharedSystem.domainItems(system), "a refusal leaves no claim behind");

        ApiClient.expect(201, post(posts, station.adminToken(), postBody("訂正して再送"), key));
    }

    @Test
    void oneKeyOfTwoUsersIsTwoKeys() {
        String shared = api.registerPatient(station.adminToken(), "細波 五郎", "サザナミ ゴロウ");
        ApiClient.expect(201, post("/patients/" + shared + "/team", station.adminToken(),
                "{\"userId\":\"" + clinic.adminId() + "\"}", null));
        String posts = "/patients/" + shared + "/posts";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> nurses = post(posts, station.adminToken(), postBody("同じキー"), key);
        HttpResponse<String> doctors = post(posts, clinic.adminToken(), postBody("同じキー"), key);

        assertEquals(201, nurses.statusCode(), nurses.body());
        assertEquals(201, doctors.statusCode(), doctors.body());
        assertFalse(doctors.headers().firstValue("Idempotent-Replayed").isPresent());
        assertFalse(ApiClient.json(nurses).path("id").asText().equals(ApiClient.json(doctors).path("id").asText()));
    }
}
