package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.ChainedRecord;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration function's real handler: applications from the public, the operator's review. */
@ExtendWith(LocalSystemExtension.class)
class RegistrationHandlerIT {

    private final LocalSystem system;
    private final FunctionHost registration;

    RegistrationHandlerIT(LocalSystem system) {
        this.system = system;
        this.registration = system.function("RegistrationFunction");
    }

    private static Set<String> invalidFields(APIGatewayV2HTTPResponse response) {
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        Set<String> fields = new TreeSet<>();
        Events.body(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String body) {
        event.setBody(body);
        return event;
    }

    @Test
    void aFacilityAppliesWithoutAnAccountAndTheOperatorFindsItInTheQueue() {
        APIGatewayV2HTTPResponse submitted = registration.invoke(Events.load("registration/submit-application--public.json"));
        assertEquals(202, submitted.getStatusCode(), submitted.getBody());
        String id = Events.body(submitted).path("applicationId").asText();
        assertEquals("/registrations/" + id, submitted.getHeaders().get("Location"));
        assertEquals("submitted", Events.body(submitted).path("status").asText());

        List<String> queue = new ArrayList<>();
        Events.body(registration.invoke(Events.load("registration/list-applications--operator.json")))
                .path("items").forEach(item -> queue.add(item.path("id").asText()));
        assertTrue(queue.contains(id), queue.toString());
        assertTrue(queue.contains(DemoSeed.PENDING_APPLICATION), "the demo seed's pending application");

        APIGatewayV2HTTPEvent read = Events.load("registration/get-application--operator.json");
        Events.at(read, "/registrations/" + id, "applicationId", id);
        JsonNode application = Events.body(registration.invoke(read));
        assertEquals("あおば在宅診療所", application.path("facility").path("name").asText());
        assertEquals("445-0063", application.path("facility").path("postalCode").asText(), "normalised");
        List<String> published = new ArrayList<>();
        application.path("publication").path("fields").forEach(field -> published.add(field.asText()));
        assertEquals(List.of("name", "kind", "address"), published);

        List<ChainedRecord> chain = DynamoAuditLog.on(system.clients().dynamoDb(), system.resources().tableName("AuditTable"))
                .chain(DemoSeed.NETWORK_ID + "#" + LocalDate.now(ZoneId.of("Asia/Tokyo")));
        assertTrue(chain.stream().anyMatch(record -> record.event().action() == AuditAction.REGISTRATION_SUBMITTED
                && id.equals(record.event().targetId()) && record.event().actorUserId() == null));
        assertTrue(AuditChain.verify(chain).intact());
    }

    @Test
    void everyMistakeOfAnApplicationIsNamedAndNothingIsStored() {
        long before = SharedSystem.domainItems(system);
        APIGatewayV2HTTPResponse response = registration.invoke(Events.load("registration/submit-invalid-application--public.json"));
        assertEquals(new TreeSet<>(List.of("administrator.email", "administrator.profession", "facility.kana",
                "facility.kind", "facility.name", "facility.phone", "facility.postalCode", "pledge")), invalidFields(response));
        JsonNode problem = Events.body(response);
        assertEquals("VALIDATION_FAILED", problem.path("code").asText());
        problem.path("errors").forEach(error -> assertTrue(error.path("message").asText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA), error.toString()));
        assertEquals(before, SharedSystem.domainItems(system));
    }

    @Test
    void unknownFieldsWrongTypesAndUnreadableBodiesAreRefused() throws Exception {
        long before = SharedSystem.domainItems(system);
        ObjectNode good = (ObjectNode) Events.JSON.readTree(Events.load("registration/submit-application--public.json").getBody());
        ObjectNode unknownField = good.deepCopy();
        ((ObjectNode) unknownField.path("facility")).put("fax", "0563-00-0000");
        ObjectNode wrongType = good.deepCopy();
        wrongType.put("facility", "あおば在宅診療所");
        ObjectNode futurePledge = good.deepCopy();
        ((ObjectNode) futurePledge.path("pledge")).put("signedOn", LocalDate.now().plusDays(3).toString());
        ObjectNode oversizeName = good.deepCopy();
        ((ObjectNode) oversizeName.path("facility")).put("name", "あ".repeat(101));
        ObjectNode unknownNetwork = good.deepCopy();
        unknownNetwork.put("network", "okazaki");
        for (String body : List.of(unknownField.toString(), wrongType.toString(), "{not json", "")) {
            APIGatewayV2HTTPResponse response = registration.invoke(
                    withBody(Events.load("registration/submit-application--public.json"), body));
            assertEquals(400, response.getStatusCode(), body);
            assertEquals("application/problem+json", response.getHeaders().get("Content-Type"), body);
        }
        assertEquals(Set.of("pledge.signedOn"), invalidFields(registration.invoke(
                withBody(Events.load("registration/submit-application--public.json"), futurePledge.toString()))));
        assertEquals(Set.of("facility.name"), invalidFields(registration.invoke(
                withBody(Events.load("registration/submit-application--public.json"), oversizeName.toString()))));
        assertEquals(Set.of("network"), invalidFields(registration.invoke(
                withBody(Events.load("registration/submit-application--public.json"), unknownNetwork.toString()))));
        assertEquals(before, SharedSystem.domainItems(system));
    }

    @Test
    void onlyTheOperatorReviewsApplications() {
        APIGatewayV2HTTPResponse member = registration.invoke(Events.load("registration/list-applications--member.json"));
        assertEquals(403, member.getStatusCode());
        assertEquals("FORBIDDEN", Events.body(member).path("code").asText());
    }

    @Test
    void theOperatorRejectsAnApplicationOnceWithAReason() {
        long before = SharedSystem.domainItems(system);
        APIGatewayV2HTTPResponse rejected = registration.invoke(Events.load("registration/reject-application--operator.json"));
        assertEquals(200, rejected.getStatusCode(), rejected.getBody());
        assertEquals("rejected", Events.body(rejected).path("status").asText());
        assertEquals(DemoSeed.OPERATOR, Events.body(rejected).path("decidedBy").asText());
        assertEquals(2, Events.body(rejected).path("version").asLong());

        APIGatewayV2HTTPResponse again = registration.invoke(Events.load("registration/reject-application--operator.json"));
        assertEquals(409, again.getStatusCode());
        assertEquals("ALREADY_DECIDED", Events.body(again).path("code").asText());

        APIGatewayV2HTTPResponse withoutReason = registration.invoke(withBody(
                Events.load("registration/reject-application--operator.json"), "{\"reason\":\"  \"}"));
        assertEquals(Set.of("reason"), invalidFields(withoutReason));
        assertEquals(before, SharedSystem.domainItems(system), "a decision changes the application, adds nothing");
    }

    @Test
    void anApprovedFacilityIsListedAndItsAdministratorSignsInWithTheTemporaryPassword() throws Exception {
        APIGatewayV2HTTPResponse approved = registration.invoke(Events.load("registration/approve-application--operator.json"));
        assertEquals(201, approved.getStatusCode(), approved.getBody());
        JsonNode approval = Events.body(approved);
        String facilityId = approval.path("facilityId").asText();
        String administrator = approval.path("administratorUserId").asText();
        String temporaryPassword = approval.path("temporaryPassword").asText();
        assertEquals(DemoSeed.THIRD_PENDING_APPLICATION, facilityId);
        assertEquals("approved", approval.path("application").path("status").asText());
        assertEquals("/facilities/" + facilityId, approved.getHeaders().get("Location"));
        assertTrue(temporaryPassword.length() >= 12, "a temporary password to hand over");

        // The administrator's first sign-in: the temporary password, then a password of their own (§6-4).
        String token = SharedSystem.firstSignIn(system, administrator, temporaryPassword, "Sakura-Terazu-2026");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(system.apiUri().resolve("/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.check("GET", me.uri(), me);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("facility_admin", Events.JSON.readTree(me.body()).path("role").asText());
        assertEquals(facilityId, Events.JSON.readTree(me.body()).path("facility").path("id").asText());

        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(system.apiUri().resolve("/portal/facilities/" + facilityId))
                .build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.check("GET", listed.uri(), listed);
        assertEquals(200, listed.statusCode(), "an approved facility joins the public directory");

        APIGatewayV2HTTPResponse again = registration.invoke(Events.load("registration/approve-application--operator.json"));
        assertEquals(409, again.getStatusCode());
    }

    @Test
    void anApplicationOfAnotherNetworkOrAMalformedIdIsNotFound() {
        APIGatewayV2HTTPEvent read = Events.load("registration/get-application--operator.json");
        Events.at(read, "/registrations/..%2F..%2Fetc", "applicationId", "../../etc");
        APIGatewayV2HTTPResponse response = registration.invoke(read);
        assertEquals(404, response.getStatusCode(), response.getBody());
    }
}
