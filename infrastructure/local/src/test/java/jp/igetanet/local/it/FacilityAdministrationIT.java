package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A facility's own record through the registration function: read, changed with optimistic locking, suspended. */
@ExtendWith(LocalSystemExtension.class)
class FacilityAdministrationIT {

    private final LocalSystem system;
    private final FunctionHost registration;
    private final FunctionHost portal;

    FacilityAdministrationIT(LocalSystem system) {
        this.system = system;
        this.registration = system.function("RegistrationFunction");
        this.portal = system.function("PortalFunction");
    }


    @Test
    void aFacilitysAdministratorReadsAndChangesItOnTheVersionReadAndAStaleChangeIsRefused() {
        APIGatewayV2HTTPResponse read = registration.invoke(Events.load("registration/get-facility-record--facility-admin.json"));
        assertEquals(200, read.getStatusCode(), read.getBody());
        assertEquals("0563-00-0003", Events.body(read).path("phone").asText(), "its own users see hidden fields too");

        APIGatewayV2HTTPResponse changed = registration.invoke(Events.load("registration/change-facility--facility-admin.json"));
        assertEquals(200, changed.getStatusCode(), changed.getBody());
        JsonNode facility = Events.body(changed);
        assertEquals("愛知県西尾市今川町石橋1-2", facility.path("address").asText());
        assertEquals("いげたクリニック", facility.path("name").asText(), "absent fields stay as they were");
        assertEquals(2, facility.path("version").asLong());

        APIGatewayV2HTTPResponse stale = registration.invoke(Events.load("registration/change-facility--facility-admin.json"));
        assertEquals(409, stale.getStatusCode());
        assertEquals("CONFLICT", Events.body(stale).path("code").asText());

        JsonNode listed = Events.body(portal.invoke(Events.load("portal/get-facility--public.json")));
        assertEquals("愛知県西尾市今川町石橋1-2", listed.path("address").asText(), "the portal shows the change");
    }

    @Test
    void badChangesNameTheirFieldsAndChangeNothing() {
        long before = SharedSystem.domainItems(system);
        APIGatewayV2HTTPEvent change = Events.load("registration/change-facility--facility-admin.json");
        change.setBody("{\"kana\":\"Igeta\",\"phone\":\"12\",\"postalCode\":\"x\",\"kind\":\"castle\","
                + "\"publication\":{\"fields\":[\"fax\"]}}");
        APIGatewayV2HTTPResponse response = registration.invoke(change);
        assertEquals(400, response.getStatusCode());
        java.util.Set<String> fields = new java.util.TreeSet<>();
        Events.body(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertEquals(java.util.Set.of("kana", "kind", "phone", "postalCode", "publication.fields", "version"), fields);
        assertEquals(before, SharedSystem.domainItems(system));
    }

    @Test
    void onlyTheFacilitysAdministratorChangesItAndOthersCannotEvenSeeIt() {
        APIGatewayV2HTTPResponse byNurseOfAnotherFacility = registration.invoke(
                Events.as(DemoSeed.NURSE, Events.load("registration/get-facility-record--facility-admin.json")));
        assertEquals(404, byNurseOfAnotherFacility.getStatusCode());
        APIGatewayV2HTTPResponse byOperator = registration.invoke(
                Events.as(DemoSeed.OPERATOR, Events.load("registration/change-facility--facility-admin.json")));
        assertEquals(403, byOperator.getStatusCode(), "the operator reads but does not edit a facility's data");
        APIGatewayV2HTTPResponse suspensionByAdmin = registration.invoke(
                Events.as(DemoSeed.FACILITY_ADMIN, Events.load("registration/suspend-facility--operator.json")));
        assertEquals(404, suspensionByAdmin.getStatusCode(), "another facility is invisible to an administrator");
    }

    @Test
    void theOperatorSuspendsAFacilityItLeavesThePortalAndIsReinstated() {
        APIGatewayV2HTTPResponse suspended = registration.invoke(Events.load("registration/suspend-facility--operator.json"));
        assertEquals(200, suspended.getStatusCode(), suspended.getBody());
        assertEquals("suspended", Events.body(suspended).path("status").asText());
        APIGatewayV2HTTPEvent hospitalPage = Events.load("portal/get-facility--public.json");
        Events.at(hospitalPage, "/portal/facilities/" + DemoSeed.HOSPITAL, "facilityId", DemoSeed.HOSPITAL);
        assertEquals(404, portal.invoke(hospitalPage).getStatusCode());
        assertEquals(409, registration.invoke(Events.load("registration/suspend-facility--operator.json")).getStatusCode());

        APIGatewayV2HTTPResponse reinstated = registration.invoke(Events.load("registration/reinstate-facility--operator.json"));
        assertEquals(200, reinstated.getStatusCode(), reinstated.getBody());
        assertEquals("active", Events.body(reinstated).path("status").asText());
        assertEquals(200, portal.invoke(hospitalPage).getStatusCode());
        assertEquals(409, registration.invoke(Events.load("registration/reinstate-facility--operator.json")).getStatusCode());
    }

    @Test
    void theOperatorCannotSuspendTheCityOfficeItself() {
        APIGatewayV2HTTPEvent ownOffice = Events.load("registration/suspend-facility--operator.json");
        Events.at(ownOffice, "/facilities/" + DemoSeed.CITY_OFFICE + "/suspension", "facilityId", DemoSeed.CITY_OFFICE);
        APIGatewayV2HTTPResponse refused = registration.invoke(ownOffice);
        assertEquals(409, refused.getStatusCode());
        assertFalse(refused.getBody().isEmpty());
        assertTrue(Events.body(refused).path("title").asText().contains("施設"));
    }
}
