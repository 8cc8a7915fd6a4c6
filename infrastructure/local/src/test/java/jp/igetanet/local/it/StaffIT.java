package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User IDs of a facility's staff: issued with 様式第2, signed in with, suspended and reinstated (§6, §24). */
@ExtendWith(LocalSystemExtension.class)
class StaffIT {

    private final LocalSystem system;
    private final FunctionHost idIssuance;
    private final ApiClient api;

    StaffIT(LocalSystem system) {
        this.system = system;
        this.idIssuance = system.function("IdIssuanceFunction");
        this.api = ApiClient.demo(system);
    }

    private HttpResponse<String> send(String method, String path, String token) {
        return api.send(method, path, token, null);
    }



    @Test
    void anIssuedNurseSignsInIsSuspendedByTheOperatorAndRefusedWhateverHerTokenAndReinstated() throws Exception {
        APIGatewayV2HTTPResponse issued = idIssuance.invoke(Events.load("id-issuance/issue-user--facility-admin.json"));
        assertEquals(201, issued.getStatusCode(), issued.getBody());
        JsonNode body = Events.body(issued);
        String userId = body.path("user").path("userId").asText();
        assertEquals("/users/" + userId, issued.getHeaders().get("Location"));
        assertEquals(DemoSeed.CLINIC, body.path("user").path("facilityId").asText());

        String token = SharedSystem.firstSignIn(system, userId, body.path("temporaryPassword").asText(), "Kusuri-Igeta-2026");
        assertEquals(200, send("GET", "/me", token).statusCode());

        String operator = system.signIn(DemoSeed.OPERATOR, DemoSeed.DEMO_PASSWORD);
        HttpResponse<String> suspended = send("POST", "/users/" + userId + "/suspension", operator);
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals("suspended", Events.JSON.readTree(suspended.body()).path("status").asText());
        Thread.sleep(5_100);
        HttpResponse<String> refused = send("GET", "/me", token);
        assertEquals(403, refused.statusCode());
        assertEquals("ACCOUNT_SUSPENDED", Events.JSON.readTree(refused.body()).path("code").asText());
        assertEquals(409, send("POST", "/users/" + userId + "/suspension", operator).statusCode());

        assertEquals(200, send("DELETE", "/users/" + userId + "/suspension", operator).statusCode());
        Thread.sleep(5_100);
        assertEquals(200, send("GET", "/me", token).statusCode());

        List<String> staff = new ArrayList<>();
        Events.body(idIssuance.invoke(Events.load("id-issuance/list-users--facility-admin.json")))
                .path("items").forEach(user -> staff.add(user.path("userId").asText()));
        assertTrue(staff.containsAll(List.of(userId, DemoSeed.FACILITY_ADMIN, DemoSeed.SUSPENDED_NURSE)), staff.toString());
    }

    @Test
    void aReissuedPasswordReplacesTheOldOneAndARetiredIdCanNoLongerWork() throws Exception {
        APIGatewayV2HTTPResponse issued = idIssuance.invoke(Events.load("id-issuance/issue-user--facility-admin.json"));
        String userId = Events.body(issued).path("user").path("userId").asText();
        String token = SharedSystem.firstSignIn(system, userId, Events.body(issued).path("temporaryPassword").asText(), "First-Password-2026");
        String admin = system.signIn(DemoSeed.FACILITY_ADMIN, DemoSeed.DEMO_PASSWORD);

        HttpResponse<String> reissued = send("POST", "/users/" + userId + "/password-reissue", admin);
        assertEquals(200, reissued.statusCode(), reissued.body());
        String temporary = Events.JSON.readTree(reissued.body()).path("temporaryPassword").asText();
        SharedSystem.firstSignIn(system, userId, temporary, "Second-Password-2026");
        assertTrue(!system.signIn(userId, "Second-Password-2026").isEmpty(), "the new password works");
        // Cognito answers NotAuthorizedException, cognito-local InvalidPasswordException: either way, refused
        assertThrows(CognitoIdentityProviderException.class, () -> system.signIn(userId, "First-Password-2026"),
                "the old password stops working (§10-1)");

        HttpResponse<String> read = send("GET", "/users/" + userId, admin);
        assertEquals(200, read.statusCode());
        assertEquals("active", Events.JSON.readTree(read.body()).path("status").asText());

        HttpResponse<String> retired = send("DELETE", "/users/" + userId, admin);
        assertEquals(200, retired.statusCode(), retired.body());
        assertEquals("retired", Events.JSON.readTree(retired.body()).path("status").asText());
        Thread.sleep(5_100);
        HttpResponse<String> refused = send("GET", "/me", token);
        assertEquals(403, refused.statusCode());
        assertEquals("ACCOUNT_RETIRED", Events.JSON.readTree(refused.body()).path("code").asText());
        assertEquals(409, send("POST", "/users/" + userId + "/password-reissue", admin).statusCode());
    }

    @Test
    void theSeededSuspendedNurseIsReinstatedByTheOperatorAndSuspendedByHerAdministrator() {
        APIGatewayV2HTTPResponse reinstated = idIssuance.invoke(Events.load("id-issuance/reinstate-user--operator.json"));
        assertEquals(200, reinstated.getStatusCode(), reinstated.getBody());
        assertEquals("active", Events.body(reinstated).path("status").asText());
        APIGatewayV2HTTPResponse suspended = idIssuance.invoke(Events.load("id-issuance/suspend-user--facility-admin.json"));
        assertEquals(200, suspended.getStatusCode(), suspended.getBody());
        assertEquals("suspended", Events.body(suspended).path("status").asText());
    }

    @Test
    void theAdministratorReadsHerStaffsIds() {
        APIGatewayV2HTTPResponse read = idIssuance.invoke(Events.load("id-issuance/get-user--facility-admin.json"));
        assertEquals(200, read.getStatusCode(), read.getBody());
        assertEquals(DemoSeed.SUSPENDED_NURSE, Events.body(read).path("userId").asText());
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.PHARMACIST, Events.load("id-issuance/get-user--facility-admin.json")))
                .getStatusCode());
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.PHARMACIST, Events.load("id-issuance/retire-user--facility-admin.json")))
                .getStatusCode());
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.PHARMACIST, Events.load("id-issuance/reissue-password--facility-admin.json")))
                .getStatusCode());
    }

    @Test
    void onlyTheFacilitysAdministratorOrTheOperatorManagesItsIds() {
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.NURSE, Events.load("id-issuance/issue-user--facility-admin.json")))
                .getStatusCode(), "another facility's nurse does not see the clinic");
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.NURSE, Events.load("id-issuance/suspend-user--facility-admin.json")))
                .getStatusCode());
        assertEquals(404, idIssuance.invoke(Events.as(DemoSeed.PHARMACIST, Events.load("id-issuance/list-users--facility-admin.json")))
                .getStatusCode());
        APIGatewayV2HTTPEvent selfSuspension = Events.load("id-issuance/suspend-user--facility-admin.json");
        Events.at(selfSuspension, "/users/" + DemoSeed.FACILITY_ADMIN + "/suspension", "userId", DemoSeed.FACILITY_ADMIN);
        assertEquals(403, idIssuance.invoke(selfSuspension).getStatusCode(), "nobody suspends themselves");
    }

    @Test
    void aBadIssueNamesItsFieldsAndWritesNothing() {
        long before = SharedSystem.domainItems(system);
        APIGatewayV2HTTPEvent issue = Events.load("id-issuance/issue-user--facility-admin.json");
        issue.setBody("{\"name\":\"\",\"kana\":\"Kusuri\",\"profession\":\"wizard\",\"role\":\"operator\"}");
        APIGatewayV2HTTPResponse response = idIssuance.invoke(issue);
        assertEquals(400, response.getStatusCode());
        Set<String> fields = new TreeSet<>();
        Events.body(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertEquals(Set.of("kana", "name", "pledge", "profession", "role"), fields);
        APIGatewayV2HTTPEvent unknownField = Events.load("id-issuance/issue-user--facility-admin.json");
        unknownField.setBody(unknownField.getBody().replace("\"role\"", "\"fax\":\"0563-00-0000\",\"role\""));
        assertEquals(400, idIssuance.invoke(unknownField).getStatusCode());
        assertEquals(before, SharedSystem.domainItems(system));
    }
}
