package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's content through the local gateway: announcements with the six-month rule of termination notices
 * (§26), terms versions (§31) and what {@code /me} shows, and a temporary suspension (§25) that answers 503 on every
 * signed-in route but the portal's and the operator's.
 */
@ExtendWith(LocalSystemExtension.class)
class PortalIT {

    private final LocalSystem system;

    PortalIT(LocalSystem system) {
        this.system = system;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void announcementsArePublishedChangedAndWithdrawnAndATerminationIsAnnouncedSixMonthsAhead() {
        ApiClient api = ApiClient.inNewNetwork(system, "portalcity", "告知確認市");
        String operator = api.operatorToken();
        String list = "/portal/announcements?network=" + api.networkId();
        String early = "{\"kind\":\"termination\",\"title\":\"サービス提供の中止について\",\"body\":\"中止します。\",\"serviceEndsOn\":\""
                + today().plusMonths(6).minusDays(1) + "\"}";
        HttpResponse<String> refused = api.send("POST", "/portal/announcements", operator, early);
        assertEquals(400, refused.statusCode());
        assertTrue(ApiClient.json(refused).path("errors").path(0).path("message").asText().contains("6か月"), refused.body());

        JsonNode termination = ApiClient.expect(201, api.send("POST", "/portal/announcements", operator,
                early.replace(today().plusMonths(6).minusDays(1).toString(), today().plusMonths(6).toString())));
        assertEquals(today().plusMonths(6).toString(), termination.path("serviceEndsOn").asText());
        assertEquals("サービス提供の中止", termination.path("kindLabel").asText());
        JsonNode notice = ApiClient.expect(201, api.send("POST", "/portal/announcements", operator,
                "{\"kind\":\"notice\",\"title\":\"研修会のご案内\",\"body\":\"多職種連携研修会を開きます。\"}"));

        JsonNode all = ApiClient.expect(200, api.send("GET", list, null, null));
        assertEquals(List.of(notice.path("id").asText(), termination.path("id").asText()), ids(all), "newest first");
        assertEquals(List.of(termination.path("id").asText()),
                ids(ApiClient.expect(200, api.send("GET", list + "&kind=termination", null, null))));
        JsonNode firstPage = ApiClient.expect(200, api.send("GET", list + "&limit=1", null, null));
        assertEquals(List.of(notice.path("id").asText()), ids(firstPage));
        assertEquals(List.of(termination.path("id").asText()), ids(ApiClient.expect(200, api.send("GET",
                list + "&limit=1&cursor=" + firstPage.path("nextCursor").asText(), null, null))));

        String path = "/portal/announcements/" + notice.path("id").asText();
        JsonNode changed = ApiClient.expect(200, api.send("PUT", path, operator,
                "{\"kind\":\"notice\",\"title\":\"研修会のご案内（会場変更）\",\"body\":\"会場を変更しました。\",\"version\":1}"));
        assertEquals(2, changed.path("version").asInt());
        assertEquals(409, api.send("PUT", path, operator,
                "{\"kind\":\"notice\",\"title\":\"古い版から\",\"body\":\"x\",\"version\":1}").statusCode());
        assertEquals(404, api.send("DELETE", path, ApiClient.demo(system).operatorToken(), null).statusCode(),
                "another network's operator");
        assertEquals(204, api.send("DELETE", path, operator, null).statusCode());
        assertEquals(404, api.send("GET", path, null, null).statusCode());
        assertEquals(List.of(termination.path("id").asText()), ids(ApiClient.expect(200, api.send("GET", list, null, null))));
    }

    @Test
    void aNewTermsVersionIsPublishedAheadAndTheVersionInForceIsWhatMeShows() {
        ApiClient api = ApiClient.inNewNetwork(system, "termscity", "規約確認市");
        String operator = api.operatorToken();
        String terms = "/portal/terms";
        assertEquals(404, api.send("GET", terms + "/current?network=" + api.networkId(), null, null).statusCode(),
                "no version yet");
        assertEquals(201, api.send("POST", terms, operator, "{\"effectiveOn\":\"" + today()
                + "\",\"title\":\"利用規約\",\"text\":\"第1条 この規約は…\"}").statusCode());
        String next = today().plusMonths(3).toString();
        ApiClient.expect(201, api.send("POST", terms, operator, "{\"effectiveOn\":\"" + next
                + "\",\"title\":\"利用規約\",\"text\":\"第1条 改定後の規約は…\"}"));
        assertEquals(400, api.send("POST", terms, operator, "{\"effectiveOn\":\"" + today().plusMonths(2)
                + "\",\"title\":\"利用規約\",\"text\":\"前の版より前\"}").statusCode());

        JsonNode current = ApiClient.expect(200, api.send("GET", terms + "/current?network=" + api.networkId(), null, null));
        assertEquals(today().toString(), current.path("version").asText(), "the new version is not in force yet");
        assertEquals(List.of(next, today().toString()), texts(current.path("versions"), "version"));
        assertTrue(ApiClient.expect(200, api.send("GET", terms + "/" + next + "?network=" + api.networkId(), null, null))
                .path("text").asText().contains("改定後"));
        assertEquals(today().toString(), ApiClient.expect(200, api.send("GET", "/me", operator, null))
                .path("termsVersion").asText());
        assertEquals("2021-04-01", ApiClient.expect(200, api.send("GET", "/portal/terms/current?network=nishio", null, null))
                .path("version").asText(), "the demo network's terms");
    }

    @Test
    void aSuspendedNetworkAnswers503OnEverySignedInRouteButThePortalsAndTheOperators() throws InterruptedException {
        ApiClient api = ApiClient.inNewNetwork(system, "pausecity", "停止確認市");
        String operator = api.operatorToken();
        String member = api.admitFacility("ひかり訪問看護（停止確認）", "ヒカリホウモンカンゴ", "Pause-Admin-2026").adminToken();
        ApiClient.expect(200, api.send("GET", "/me", member, null));
        String end = java.time.OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(2).withNano(0).toString();
        JsonNode declared = ApiClient.expect(200, api.send("PUT", "/portal/status", operator,
                "{\"state\":\"suspended\",\"reason\":\"システムの定期保守のため\",\"expectedEnd\":\"" + end + "\"}"));
        assertEquals("suspended", declared.path("state").asText());
        // functions read a network's status at most every few seconds
        Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);

        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (Route route : system.routes()) {
            if (route.publicRoute() || route.path().startsWith("/portal/") || route.routeKey().startsWith("$")) {
                continue;
            }
            String path = route.path().replaceAll("\\{[^}]+}", "01KZZZZZZZZZZZZZZZZZZZZZZZ");
            HttpResponse<String> response = api.send(route.method(), path, member,
                    List.of("POST", "PUT", "PATCH").contains(route.method()) ? "{}" : null);
            refused++;
            if (response.statusCode() != 503 || !"SERVICE_SUSPENDED".equals(ApiClient.problemCode(response))
                    || response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) < 7000) {
                wrong.add(route.routeKey() + ": " + response.statusCode() + " " + response.headers().firstValue("Retry-After")
                        + " " + response.body());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(refused > 40, "signed-in routes tried: " + refused);
        ApiClient.expect(200, api.send("GET", "/me", operator, null));
        ApiClient.expect(200, api.send("GET", "/registrations", operator, null));
        JsonNode status = ApiClient.expect(200, api.send("GET", "/portal/status?network=" + api.networkId(), null, null));
        assertEquals("システムの定期保守のため", status.path("reason").asText());
        ApiClient.expect(200, api.send("GET", "/portal/facilities?network=" + api.networkId(), null, null));
        ApiClient.expect(200, api.send("GET", "/me", ApiClient.demo(system).operatorToken(), null));

        ApiClient.expect(200, api.send("PUT", "/portal/status", operator, "{\"state\":\"normal\"}"));
        Thread.sleep(CallerResolver.MAX_STATUS_AGE.toMillis() + 200);
        ApiClient.expect(200, api.send("GET", "/me", member, null));
        assertFalse(ApiClient.expect(200, api.send("GET", "/portal/status?network=" + api.networkId(), null, null))
                .has("reason"));
    }

    private static List<String> ids(JsonNode page) {
        return texts(page.path("items"), "id");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
