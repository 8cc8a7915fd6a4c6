package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ID issuance function's real handler answering the events of events/id-issuance/. */
@ExtendWith(LocalSystemExtension.class)
class IdIssuanceHandlerIT {

    private final FunctionHost idIssuance;

    IdIssuanceHandlerIT(LocalSystem system) {
        this.idIssuance = system.function("IdIssuanceFunction");
    }

    @Test
    void aVisitingNurseSeesHerAccountFacilityAndRole() {
        APIGatewayV2HTTPResponse response = idIssuance.invoke(Events.load("id-issuance/get-me--member.json"));
        assertEquals(200, response.getStatusCode());
        JsonNode me = Events.body(response);
        assertEquals(DemoSeed.NURSE, me.path("userId").asText());
        assertEquals("nurse", me.path("profession").asText());
        assertEquals("看護師", me.path("professionLabel").asText());
        assertEquals("member", me.path("role").asText());
        assertEquals(DemoSeed.NURSING_STATION, me.path("facility").path("id").asText());
        assertEquals("nishio", me.path("facility").path("networkId").asText());
    }

    @Test
    void theFacilityAdministratorAndTheOperatorHaveTheirRoles() {
        assertEquals("facility_admin", Events.body(idIssuance.invoke(
                Events.load("id-issuance/get-me--facility-admin.json"))).path("role").asText());
        JsonNode operator = Events.body(idIssuance.invoke(Events.load("id-issuance/get-me--operator.json")));
        assertEquals("operator", operator.path("role").asText());
        assertEquals("city_office", operator.path("facility").path("kind").asText());
    }

    @Test
    void aValidTokenOfSomeoneWithoutAnAccountIsRefused() {
        APIGatewayV2HTTPResponse response = idIssuance.invoke(Events.load("id-issuance/get-me--unregistered.json"));
        assertEquals(403, response.getStatusCode());
        assertEquals("ACCOUNT_NOT_REGISTERED", Events.body(response).path("code").asText());
    }

    @Test
    void anEventWithoutAuthorizerClaimsIsUnauthenticated() {
        APIGatewayV2HTTPResponse response = idIssuance.invoke(Events.load("id-issuance/get-me--no-authorizer.json"));
        assertEquals(401, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("UNAUTHENTICATED", Events.body(response).path("code").asText());
    }
}
