package jp.igetanet.local.it;

import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app for clinicians and care staff in headless Chromium against the running local system: whole journeys
 * of the demo users and of users issued for the test, through the node scripts under {@code src/test/browser/app}
 * ({@link BrowserScripts}). Every {@code journey-*.mjs} there runs as a test of its own; the journeys that need the
 * system prepared first (a new user, an expired password, a suspension) have their own tests here.
 */
@ExtendWith(LocalSystemExtension.class)
class WebAppIT {

    private static final Pattern HASHED_SCRIPT = Pattern.compile("src=\"(/assets/app-[A-Z0-9]+\\.js)\"");

    private final LocalSystem system;
    private final ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    WebAppIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.demo(system);
    }

    @BeforeAll
    static void chromiumAndPlaywrightAreInstalled() {
        BrowserScripts.chromiumAndPlaywrightAreInstalled();
    }

    @Test
    void theLocalAppSignsInAtTheLocalPoolAndCachesOnlyItsHashedShell() throws Exception {
        HttpResponse<String> config = get(system.appUri().resolve("/config.js"), Map.of());
        assertEquals(200, config.statusCode());
        assertEquals("no-cache", config.headers().firstValue("Cache-Control").orElse(""));
        for (String setting : new String[]{
                "\"apiBase\": \"" + system.apiUri() + "\"",
                "\"cognitoEndpoint\": \"" + system.standIns().cognitoEndpoint() + "/\"",
                "\"userPoolId\": \"" + system.resources().userPoolId() + "\"",
                "\"clientId\": \"" + system.resources().userPoolClientId() + "\"",
                "\"network\": \"" + DemoSeed.NETWORK_ID + "\""}) {
            assertTrue(config.body().contains(setting), setting + " in " + config.body());
        }

        HttpResponse<String> index = get(system.appUri().resolve("/"), Map.of());
        assertEquals(200, index.statusCode());
        assertEquals("no-cache", index.headers().firstValue("Cache-Control").orElse(""), "the shell is revalidated");
        Matcher script = HASHED_SCRIPT.matcher(index.body());
        assertTrue(script.find(), index.body());

        HttpResponse<String> asset = get(system.appUri().resolve(script.group(1)), Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, asset.statusCode());
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(""),
                "a content-hashed file is cached for good");
        assertEquals("gzip", asset.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(404, get(system.appUri().resolve("/assets/../../../pom.xml"), Map.of()).statusCode());
    }

    @Test
    void aNewUserSetsAPasswordEnrolsAnAuthenticatorAndThenSignsInWithIt() {
        ApiClient.Issued issued = api.issue(DemoSeed.CLINIC, system.signIn(DemoSeed.FACILITY_ADMIN, DemoSeed.DEMO_PASSWORD),
                "画面 初子", "ガメン ハツコ");
        BrowserScripts.run(system, "app/first-sign-in.mjs",
                Map.of("NEW_USER", issued.userId(), "TEMPORARY_PASSWORD", issued.temporaryPassword()));
    }

    @Test
    void anExpiredPasswordLeadsToThePasswordChangeAndNothingElse() throws InterruptedException {
        ApiClient.Issued issued = api.issue(DemoSeed.CLINIC, system.signIn(DemoSeed.FACILITY_ADMIN, DemoSeed.DEMO_PASSWORD),
                "期限 切子", "キゲン キリコ");
        String password = "Kigen-Kireta-2026";
        String token = SharedSystem.firstSignIn(system, issued.userId(), issued.temporaryPassword(), password);
        // the API notes the first sign-in as the day the user chose the password: before the password is aged
        ApiClient.expect(200, api.send("GET", "/me", token, null));
        system.clients().dynamoDb().updateItem(request -> request.tableName(system.resources().tableName("DomainTable"))
                .key(Keys.user(issued.userId()))
                .updateExpression("SET passwordChangedAt = :old")
                .expressionAttributeValues(Map.of(":old", AttributeValue.fromS(Instant.now().minus(Duration.ofDays(181)).toString()))));
        Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);
        BrowserScripts.run(system, "app/expired-password.mjs", Map.of("EXPIRED_USER", issued.userId(), "EXPIRED_PASSWORD", password));
    }

    @Test
    void aDeclaredSuspensionShowsItsBannerAndTheAppSaysWhenItEnds() throws InterruptedException {
        String reason = "アプリ確認のための一時停止";
        String expectedEnd = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(3).withNano(0).toString();
        String operator = api.operatorToken();
        ApiClient.expect(200, api.send("PUT", "/portal/status", operator,
                "{\"state\":\"suspended\",\"reason\":\"" + reason + "\",\"expectedEnd\":\"" + expectedEnd + "\"}"));
        try {
            Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);
            BrowserScripts.run(system, "app/suspension.mjs", Map.of("EXPECTED_REASON", reason, "EXPECTED_END", expectedEnd));
        } finally {
            ApiClient.expect(200, api.send("PUT", "/portal/status", operator, "{\"state\":\"normal\"}"));
            // the functions read a network's status at most this long ago: the tests after this one see it normal
            Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);
        }
    }

    /** Every journey-*.mjs: the journeys that need nothing prepared but the demo seed. */
    @TestFactory
    Stream<DynamicTest> everyJourneyOfTheDemoUsers() throws IOException {
        Path folder = BrowserScripts.SCRIPTS.resolve("app");
        try (Stream<Path> files = Files.list(folder)) {
            var journeys = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("journey-") && name.endsWith(".mjs")).sorted().toList();
            assertFalse(journeys.isEmpty(), "journeys under " + folder);
            return journeys.stream().map(name -> DynamicTest.dynamicTest(name,
                    () -> BrowserScripts.run(system, "app/" + name, Map.of())));
        }
    }

    private HttpResponse<String> get(URI uri, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
