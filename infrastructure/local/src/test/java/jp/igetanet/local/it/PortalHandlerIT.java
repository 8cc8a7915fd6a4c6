package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal function's real handler, from its deployment jar, answering the events of events/portal/. */
@ExtendWith(LocalSystemExtension.class)
class PortalHandlerIT {

    private final FunctionHost portal;

    PortalHandlerIT(LocalSystem system) {
        this.portal = system.function("PortalFunction");
    }

    private static List<String> field(JsonNode items, String name) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(name).asText(null)));
        return values;
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not listed: " + items);
    }

    @Test
    void thePublicListsTheListedActiveFacilitiesOfNishioInKanaOrder() {
        APIGatewayV2HTTPResponse response = portal.invoke(Events.load("portal/list-facilities--public.json"));
        assertEquals(200, response.getStatusCode());
        JsonNode body = Events.body(response);
        assertEquals("西尾市", body.path("network").path("name").asText());
        List<String> seeded = List.of(DemoSeed.CLINIC, DemoSeed.HOSPITAL, DemoSeed.CITY_OFFICE, DemoSeed.NURSING_STATION,
                DemoSeed.PHARMACY, DemoSeed.DAY_SERVICE);
        // other tests may approve more facilities: the seeded ones keep their kana order among them
        assertEquals(seeded, field(body.path("items"), "id").stream().filter(seeded::contains).toList());
        assertFalse(field(body.path("items"), "id").contains(DemoSeed.CARE_MANAGEMENT));
        assertFalse(field(body.path("items"), "id").contains(DemoSeed.SUSPENDED_CLINIC));
        assertTrue(body.path("nextCursor").isMissingNode());
    }

    @Test
    void hiddenFieldsAreAbsentNotEmpty() {
        JsonNode items = Events.body(portal.invoke(Events.load("portal/list-facilities--public.json"))).path("items");
        JsonNode clinic = byId(items, DemoSeed.CLINIC);
        JsonNode station = byId(items, DemoSeed.NURSING_STATION);
        JsonNode dayService = byId(items, DemoSeed.DAY_SERVICE);
        assertEquals("いげたクリニック", clinic.path("name").asText());
        assertFalse(clinic.has("phone"), "the clinic hides its phone");
        assertFalse(station.has("address") || station.has("postalCode"), "the station hides its address");
        assertFalse(dayService.has("name") || dayService.has("kana"), "the day service hides its name");
        assertEquals("day_service", dayService.path("kind").asText());
        String everything = items.toString();
        assertFalse(everything.contains("西尾ケアプランセンター"), "a facility hidden entirely is not listed");
        assertFalse(everything.contains("一色こどもクリニック"), "a suspended facility is not listed");
        assertFalse(everything.contains("吉良デイサービスセンター"), "a hidden name never appears");
    }

    @Test
    void theDirectoryFiltersByKindAndSearchesByReading() {
        JsonNode clinics = Events.body(portal.invoke(Events.load("portal/list-facilities-by-kind--public.json")));
        assertEquals(List.of(DemoSeed.CLINIC), field(clinics.path("items"), "id"));
        JsonNode nishio = Events.body(portal.invoke(Events.load("portal/search-facilities--public.json")));
        assertEquals(List.of(DemoSeed.HOSPITAL, DemoSeed.CITY_OFFICE, DemoSeed.NURSING_STATION),
                field(nishio.path("items"), "id"));
    }

    @Test
    void withoutANetworkTheAnswerIsAProblemNamingTheField() {
        APIGatewayV2HTTPResponse response = portal.invoke(Events.load("portal/list-facilities-without-network--public.json"));
        assertEquals(400, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        JsonNode problem = Events.body(response);
        assertEquals("VALIDATION_FAILED", problem.path("code").asText());
        assertEquals("network", problem.path("errors").get(0).path("field").asText());
        assertEquals("地域ネットワークのIDを指定してください。", problem.path("errors").get(0).path("message").asText());
    }

    @Test
    void aPublishedFacilityIsShownAndAHiddenOneIsNotFound() {
        APIGatewayV2HTTPResponse shown = portal.invoke(Events.load("portal/get-facility--public.json"));
        assertEquals(200, shown.getStatusCode());
        assertEquals("いげたクリニック", Events.body(shown).path("name").asText());
        assertFalse(Events.body(shown).has("phone"));

        APIGatewayV2HTTPResponse hidden = portal.invoke(Events.load("portal/get-hidden-facility--public.json"));
        assertEquals(404, hidden.getStatusCode());
        assertEquals("FACILITY_NOT_FOUND", Events.body(hidden).path("code").asText());
        assertFalse(hidden.getBody().contains("ケアプラン"));
    }

    @Test
    void anUnknownRouteIsAJapaneseProblem() {
        APIGatewayV2HTTPResponse response = portal.invoke(Events.load("portal/unknown-route--public.json"));
        assertEquals(404, response.getStatusCode());
        assertEquals("ROUTE_NOT_FOUND", Events.body(response).path("code").asText());
        assertEquals("指定されたURLは存在しません", Events.body(response).path("title").asText());
    }
}
