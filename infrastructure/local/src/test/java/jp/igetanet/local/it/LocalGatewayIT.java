package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.ChainedRecord;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.core.aws.dynamodb.DynamoUserAccounts;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.Cors;
import jp.igetanet.local.gateway.JwtVerifier;
import jp.igetanet.local.gateway.LocalGateway;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP through the local API gateway: routes and the JWT authorizer from template.yaml, real Cognito tokens. */
@ExtendWith(LocalSystemExtension.class)
class LocalGatewayIT {

    private final LocalSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    LocalGatewayIT(LocalSystem system) {
        this.system = system;
    }

    private HttpResponse<String> get(URI base, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        ApiContract.check("GET", response.uri(), response);
        return response;
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return get(system.apiUri(), path, token);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Events.JSON.readTree(response.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void thePublicDirectoryNeedsNoToken() throws Exception {
        HttpResponse<String> response = get("/portal/facilities?network=nishio", null);
        assertEquals(200, response.statusCode());
        assertTrue(json(response).path("items").size() >= 6, "the seeded listed facilities, and any approved since");
    }

    @Test
    void anyoneMayApplyButOnlyTheSignedInOperatorReviews() throws Exception {
        String application = Events.load("registration/submit-application--public.json").getBody();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(system.apiUri().resolve("/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(application, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        ApiContract.check("POST", submitted.uri(), submitted);
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = json(submitted).path("applicationId").asText();

        assertEquals(401, get("/registrations", null).statusCode());
        assertEquals(403, get("/registrations", system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD)).statusCode());
        HttpResponse<String> queue = get("/registrations?status=submitted&limit=100",
                system.signIn(DemoSeed.OPERATOR, DemoSeed.DEMO_PASSWORD));
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains(id));
    }

    @Test
    void aProtectedRouteWithoutAValidTokenIsUnauthorized() throws Exception {
        String real = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        String[] parts = real.split("\\.");
        String tamperedPayload = parts[0] + "." + base64(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace(DemoSeed.NURSE, DemoSeed.OPERATOR)) + "." + parts[2];
        for (String token : new String[]{null, "", "not-a-jwt", "a.b.c", real + "x", tamperedPayload}) {
            HttpResponse<String> response = get("/me", token);
            assertEquals(401, response.statusCode(), "token " + token);
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
        }
    }

    @Test
    void theIdTokenOfTheSameSignInIsRefusedAsTheAuthorizerRefusesABadToken() throws Exception {
        var tokens = system.clients().cognito().initiateAuth(request -> request
                .authFlow(software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType.USER_PASSWORD_AUTH)
                .clientId(system.resources().userPoolClientId())
                .authParameters(Map.of("USERNAME", DemoSeed.NURSE, "PASSWORD", DemoSeed.DEMO_PASSWORD)))
                .authenticationResult();
        assertEquals("id", Events.JSON.readTree(Base64.getUrlDecoder().decode(tokens.idToken().split("\\.")[1]))
                .path("token_use").asText(), "the gateway's authorizer lets an ID token through, as API Gateway's does");
        HttpResponse<String> unauthorized = get("/me", null);

        for (String path : List.of("/me", "/patients", "/projects", "/incident-reports")) {
            HttpResponse<String> refused = get(path, tokens.idToken());
            assertEquals(401, refused.statusCode(), path + " " + refused.body());
            assertEquals(unauthorized.body(), refused.body(), path);
            assertEquals("application/json", contentType(refused), path);
            assertEquals("Bearer", refused.headers().firstValue("WWW-Authenticate").orElse(""), path);
            assertEquals(200, get(path, tokens.accessToken()).statusCode(), path);
        }
    }

    @Test
    void aTokenSignedByAnotherKeyOrIssuerIsUnauthorized() throws Exception {
        String real = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        JsonNode header = Events.JSON.readTree(Base64.getUrlDecoder().decode(real.split("\\.")[0]));
        long exp = Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond();
        String clientId = system.resources().userPoolClientId();
        String sameIssuerOtherKey = selfSigned(header.path("kid").asText(), system.resources().issuer(), clientId, exp);
        String otherIssuer = selfSigned("other-key", "https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_Other",
                clientId, exp);
        assertEquals(401, get("/me", sameIssuerOtherKey).statusCode());
        assertEquals(401, get("/me", otherIssuer).statusCode());
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String token = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        long exp = Events.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("exp").asLong();
        Clock afterExpiry = Clock.fixed(Instant.ofEpochSecond(exp + 1), java.time.ZoneOffset.UTC);
        Clock beforeExpiry = Clock.fixed(Instant.ofEpochSecond(exp - 60), java.time.ZoneOffset.UTC);
        try (LocalGateway later = gatewayAt(afterExpiry); LocalGateway earlier = gatewayAt(beforeExpiry)) {
            assertEquals(401, get(later.apiUri(), "/me", token).statusCode());
            assertEquals(200, get(earlier.apiUri(), "/me", token).statusCode());
        }
    }

    private LocalGateway gatewayAt(Clock clock) throws IOException {
        JwtVerifier verifier = new JwtVerifier(system.resources().issuer(), List.of(system.resources().userPoolClientId()),
                URI.create(system.resources().jwksUrl()), clock);
        return new LocalGateway(system.routes(), verifier, Cors.none(), SharedSystem.projectRoot().resolve("infrastructure/portal-site"),
                new InetSocketAddress("127.0.0.1", 0), new InetSocketAddress("127.0.0.1", 0), clock).start();
    }

    @Test
    void aDemoUserSignedInAtTheCognitoStandInGetsTheirAccount() throws Exception {
        HttpResponse<String> response = get("/me", system.signIn(DemoSeed.PHARMACIST, DemoSeed.DEMO_PASSWORD));
        assertEquals(200, response.statusCode());
        assertEquals(DemoSeed.PHARMACIST, json(response).path("userId").asText());
        assertEquals("みどり薬局", json(response).path("facility").path("name").asText());
    }

    @Test
    void aSignInSeenByTheApiIsAuditedOnceAndTheChainStaysIntact() throws Exception {
        // other tests sign this user in too: count what this test causes
        Instant started = Instant.now().minusSeconds(1);
        String token = system.signIn(DemoSeed.FACILITY_ADMIN, DemoSeed.DEMO_PASSWORD);
        assertEquals(200, get("/me", token).statusCode());
        Thread.sleep(5_100); // past the status cache, so that the second request reads the account again
        assertEquals(200, get("/me", token).statusCode());

        DynamoAuditLog audit = DynamoAuditLog.on(system.clients().dynamoDb(), system.resources().tableName("AuditTable"));
        List<ChainedRecord> chain = audit.chain(DemoSeed.NETWORK_ID + "#" + LocalDate.now(ZoneId.of("Asia/Tokyo")));
        List<AuditEvent> signIns = chain.stream().map(ChainedRecord::event)
                .filter(event -> event.action() == AuditAction.SIGN_IN_SEEN)
                .filter(event -> DemoSeed.FACILITY_ADMIN.equals(event.actorUserId()))
                .filter(event -> !event.requestId().startsWith("events-"))
                .filter(event -> event.occurredAt().isAfter(started))
                .toList();
        assertEquals(1, signIns.size());
        assertEquals(AuditOutcome.SUCCEEDED, signIns.getFirst().outcome());
        assertEquals("127.0.0.1", signIns.getFirst().sourceIp());
        assertTrue(AuditChain.verify(chain).intact());
    }

    @Test
    void aSuspensionTakesEffectWithinFiveSecondsWhateverTokenTheUserHolds() throws Exception {
        String userId = "suspension-test-nurse";
        system.clients().cognito().adminCreateUser(request -> request.userPoolId(system.resources().userPoolId())
                .username(userId).temporaryPassword(DemoSeed.DEMO_PASSWORD).messageAction(MessageActionType.SUPPRESS));
        system.clients().cognito().adminSetUserPassword(request -> request.userPoolId(system.resources().userPoolId())
                .username(userId).password(DemoSeed.DEMO_PASSWORD).permanent(true));
        Instant now = Instant.now();
        DynamoUserAccounts.on(system.clients().dynamoDb(), system.resources().tableName("DomainTable"))
                .create(new UserAccount(userId, DemoSeed.NURSING_STATION, DemoSeed.NETWORK_ID, "試験 看護師", "シケン カンゴシ",
                        Profession.NURSE, Role.MEMBER, UserStatus.ACTIVE, now, null, null, null, null, 1, now, now));
        String token = system.signIn(userId, DemoSeed.DEMO_PASSWORD);
        assertEquals(200, get("/me", token).statusCode());

        // The operator suspends the account (§24); the token stays valid at the gateway.
        system.clients().dynamoDb().updateItem(request -> request
                .tableName(system.resources().tableName("DomainTable"))
                .key(Map.of("PK", AttributeValue.fromS("USER#" + userId), "SK", AttributeValue.fromS("USER")))
                .updateExpression("SET #status = :suspended")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":suspended", AttributeValue.fromS("SUSPENDED"))));
        Thread.sleep(5_100);

        HttpResponse<String> refused = get("/me", token);
        assertEquals(403, refused.statusCode());
        assertEquals("ACCOUNT_SUSPENDED", json(refused).path("code").asText());
        assertEquals("このユーザーIDは利用停止中です", json(refused).path("title").asText());
    }

    @Test
    void badInputIsAProblemAndWritesNothing() throws Exception {
        long itemsBefore = SharedSystem.domainItems(system);
        HttpResponse<String> unknownRoute = get("/portal/no-such-thing", null);
        HttpResponse<String> badLimit = get("/portal/facilities?network=nishio&limit=abc", null);
        HttpResponse<String> badKind = get("/portal/facilities?network=nishio&kind=castle", null);
        HttpResponse<String> badCursor = get("/portal/facilities?network=nishio&cursor=%E3%81%82", null);
        HttpResponse<String> unknownNetwork = get("/portal/facilities?network=okazaki", null);
        assertEquals(List.of(404, 400, 400, 400, 404), List.of(unknownRoute.statusCode(), badLimit.statusCode(),
                badKind.statusCode(), badCursor.statusCode(), unknownNetwork.statusCode()));
        for (HttpResponse<String> response : List.of(unknownRoute, badLimit, badKind, badCursor, unknownNetwork)) {
            assertEquals("application/problem+json", contentType(response), response.uri().toString());
            assertTrue(json(response).path("title").asText().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA), response.body());
        }
        assertEquals("ROUTE_NOT_FOUND", json(unknownRoute).path("code").asText());
        assertEquals("limit", json(badLimit).path("errors").get(0).path("field").asText());
        assertEquals("kind", json(badKind).path("errors").get(0).path("field").asText());
        assertEquals("INVALID_CURSOR", json(badCursor).path("code").asText());
        assertEquals("NETWORK_NOT_FOUND", json(unknownNetwork).path("code").asText());
        assertEquals(itemsBefore, SharedSystem.domainItems(system));
    }

    @Test
    void oversizeBodiesAreRefusedWith413() throws Exception {
        long itemsBefore = SharedSystem.domainItems(system);
        String token = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        HttpResponse<String> tooLargeForTheFunction = http.send(HttpRequest.newBuilder(system.apiUri().resolve("/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLargeForTheFunction.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", json(tooLargeForTheFunction).path("code").asText());
        assertEquals("application/problem+json", contentType(tooLargeForTheFunction));

        HttpResponse<String> tooLargeForTheGateway = http.send(HttpRequest.newBuilder(
                        system.apiUri().resolve("/portal/facilities?network=nishio"))
                .header("Content-Type", "application/octet-stream")
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[LocalGatewayLimits.API_GATEWAY_PAYLOAD + 1]))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLargeForTheGateway.statusCode());
        assertEquals("application/problem+json", contentType(tooLargeForTheGateway));
        assertEquals(itemsBefore, SharedSystem.domainItems(system));
    }

    @Test
    void browsersGetTheTemplatesCorsAnswer() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(system.apiUri().resolve("/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3001")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    @Test
    void theSiteIsServedOnItsOwnOrigin() throws Exception {
        HttpResponse<String> index = get(system.siteUri(), "/", null);
        assertEquals(200, index.statusCode());
        assertTrue(contentType(index).startsWith("text/html"));
        assertEquals(404, get(system.siteUri(), "/../template.yaml", null).statusCode());
    }


    private static String selfSigned(String kid, String issuer, String clientId, long exp) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String header = base64("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}");
        String payload = base64("{\"iss\":\"" + issuer + "\",\"client_id\":\"" + clientId + "\",\"token_use\":\"access\","
                + "\"username\":\"" + DemoSeed.OPERATOR + "\",\"exp\":" + exp + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** API Gateway's documented limit, restated here so that the test does not take it from the code it tests. */
    private static final class LocalGatewayLimits {
        static final int API_GATEWAY_PAYLOAD = 10 * 1024 * 1024;
    }
}
