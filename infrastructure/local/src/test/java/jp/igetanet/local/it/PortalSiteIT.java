package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static portal site in headless Chromium against the running local system, through the node scripts under
 * {@code src/test/browser} ({@link BrowserScripts}).
 */
@ExtendWith(LocalSystemExtension.class)
class PortalSiteIT {

    private static final Pattern APPLICATION = Pattern.compile("^APPLICATION (\\S+)$", Pattern.MULTILINE);

    private final LocalSystem system;
    private final ApiClient api;

    PortalSiteIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.demo(system);
    }

    @BeforeAll
    static void chromiumAndPlaywrightAreInstalled() {
        BrowserScripts.chromiumAndPlaywrightAreInstalled();
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

    private String runScript(String script, Map<String, String> environment) {
        return BrowserScripts.run(system, script, environment);
    }
}
