package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The static portal site in headless Chromium against the running local system: the node scripts under
 * {@code src/test/browser} drive Debian's Chromium with playwright-core, and each test fails with the script's output
 * when the script fails. A missing browser or driver fails the tests; nothing is skipped.
 */
@ExtendWith(LocalSystemExtension.class)
class PortalSiteIT {

    private static final Path LOCAL_MODULE = SharedSystem.projectRoot().resolve("infrastructure/local");
    private static final Path SCRIPTS = LOCAL_MODULE.resolve("src/test/browser");
    private static final Path SCREENSHOTS = LOCAL_MODULE.resolve("target/screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long SCRIPT_TIMEOUT_MINUTES = 5;
    private static final Pattern APPLICATION = Pattern.compile("^APPLICATION (\\S+)$", Pattern.MULTILINE);

    private final LocalSystem system;
    private final ApiClient api;

    PortalSiteIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.demo(system);
    }

    @BeforeAll
    static void chromiumAndPlaywrightAreInstalled() {
        assertTrue(Files.isExecutable(CHROMIUM),
                "Chromium is missing at " + CHROMIUM + ": install Debian's package (apt-get install -y chromium)");
        assertTrue(Files.isRegularFile(LOCAL_MODULE.resolve("node_modules/playwright-core/package.json")),
                "playwright-core is missing: run npm ci in infrastructure/local (the build does, unless -Dnpm.skip)");
    }

    @Test
    void theLocalSiteReadsTheLocalApiOfTheDemoNetwork() throws Exception {
        HttpResponse<String> config = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(system.siteUri().resolve("/config.js")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, config.statusCode());
        assertTrue(config.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(config.body().contains("\"apiBase\": \"" + system.apiUri() + "\""), config.body());
        assertTrue(config.body().contains("\"network\": \"" + DemoSeed.NETWORK_ID + "\""), config.body());
    }

    @Test
    void everyPageShowsTheSeededPublicInformationAndNothingThatAFacilityHides() {
        runScript("pages.mjs", Map.of());
    }

    @Test
    void theApplicationFormShowsTheApisMessagesBesideTheFieldsAndSendsAGoodApplication() {
        String output = runScript("application-form.mjs", Map.of());
        Matcher accepted = APPLICATION.matcher(output);
        assertTrue(accepted.find(), "the script names the accepted application:\n" + output);
        JsonNode application = ApiClient.expect(200,
                api.send("GET", "/registrations/" + accepted.group(1), api.operatorToken(), null));
        assertEquals("ブラウザ確認在宅クリニック", application.path("facility").path("name").asText(), application.toString());
    }

    @Test
    void aDeclaredSuspensionShowsTheBannerOnEveryPage() throws InterruptedException {
        String reason = "ブラウザ確認のための一時停止";
        String expectedEnd = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(2).withNano(0).toString();
        String operator = api.operatorToken();
        ApiClient.expect(200, api.send("PUT", "/portal/status", operator,
                "{\"state\":\"suspended\",\"reason\":\"" + reason + "\",\"expectedEnd\":\"" + expectedEnd + "\"}"));
        try {
            runScript("suspension-banner.mjs", Map.of("EXPECTED_REASON", reason));
        } finally {
            ApiClient.expect(200, api.send("PUT", "/portal/status", operator, "{\"state\":\"normal\"}"));
            // the functions read a network's status at most this long ago: the tests after this one see it normal
            Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);
        }
    }

    @Test
    void everyLinkAndFormControlIsReachableByKeyboardWithAVisibleFocus() {
        runScript("accessibility.mjs", Map.of());
    }

    /** Runs one browser script against the shared system; its output, or a failure carrying it. */
    private String runScript(String script, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder("node", SCRIPTS.resolve(script).toString())
                .directory(LOCAL_MODULE.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "SITE_URL", system.siteUri().toString(),
                "API_URL", system.apiUri().toString(),
                "NETWORK", DemoSeed.NETWORK_ID,
                "CHROMIUM", CHROMIUM.toString(),
                "SCREENSHOT_DIR", SCREENSHOTS.toString()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), output));
            if (!process.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                reader.join(5_000);
                fail(script + " did not finish within " + SCRIPT_TIMEOUT_MINUTES + " minutes:\n" + output.toString(StandardCharsets.UTF_8));
            }
            reader.join();
            String text = output.toString(StandardCharsets.UTF_8);
            System.out.println("[" + script + "]\n" + text);
            assertEquals(0, process.exitValue(), script + " failed:\n" + text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node for " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
