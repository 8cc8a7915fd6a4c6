package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoPatients;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log searched and verified through the local gateway (§20): who read and wrote a patient's record, what
 * a user did, what a facility's staff did — and none of it holds the content they read or wrote.
 */
@ExtendWith(LocalSystemExtension.class)
class AuditSearchIT {

    private final LocalSystem system;
    private final ApiClient api;

    AuditSearchIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "auditcity", "監査確認市");
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.path("items").forEach(item -> actions.add(item.path("action").asText() + " by " + item.path("actorUserId").asText()));
        return actions;
    }

    @Test
    void theOperatorSeesWhoAccessedAPatientsRecordAndNothingOfItsContent() {
        ApiClient.Admitted clinic = api.admitFacility("監査診療所", "カンサシンリョウジョ", "Audit-Admin-2026");
        ApiClient.Issued nurseId = api.issue(clinic.facilityId(), clinic.adminToken(), "監査 看護", "カンサ カンゴ");
        String nurse = SharedSystem.firstSignIn(system, nurseId.userId(), nurseId.temporaryPassword(), "Audit-Nurse-2026");
        String patient = api.registerPatient(nurse, "監査 太郎", "カンサ タロウ");
        String secret = "右下腹部痛あり、本人の希望で家族には伏せている";
        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"visit\",\"text\":\"" + secret + "\"}"));
        ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts", nurse, null));
        String operator = api.operatorToken();

        var answer = api.send("GET", "/audit-events?patientId=" + patient, operator, null);
        JsonNode byPatient = ApiClient.expect(200, answer);
        List<String> seen = actions(byPatient);
        assertTrue(seen.containsAll(List.of("post.created by " + nurseId.userId(), "post.timeline-read by " + nurseId.userId())),
                seen.toString());
        assertFalse(answer.body().contains("右下腹部痛"), "no content of the record");
        assertFalse(answer.body().contains("監査 太郎"), "not even the patient's name");

        JsonNode first = ApiClient.expect(200, api.send("GET", "/audit-events?patientId=" + patient + "&limit=1", operator, null));
        JsonNode second = ApiClient.expect(200, api.send("GET", "/audit-events?patientId=" + patient + "&limit=1&cursor="
                + first.path("nextCursor").asText(), operator, null));
        assertEquals(seen.subList(0, 2), List.of(actions(first).getFirst(), actions(second).getFirst()), "pages in time order");

        JsonNode byUser = ApiClient.expect(200, api.send("GET", "/audit-events?userId=" + nurseId.userId(), clinic.adminToken(), null));
        assertTrue(actions(byUser).contains("post.created by " + nurseId.userId()), "the administrator sees her staff");
        JsonNode byFacility = ApiClient.expect(200, api.send("GET", "/audit-events?facilityId=" + clinic.facilityId(),
                clinic.adminToken(), null));
        assertTrue(actions(byFacility).contains("post.timeline-read by " + nurseId.userId()));
        assertEquals(403, api.send("GET", "/audit-events?patientId=" + patient, clinic.adminToken(), null).statusCode(),
                "an administrator does not search patients");
        assertEquals(403, api.send("GET", "/audit-events?userId=" + nurseId.userId(), nurse, null).statusCode());
        String demoOperator = system.signIn(DemoSeed.OPERATOR, DemoSeed.DEMO_PASSWORD);
        assertEquals(404, api.send("GET", "/audit-events?patientId=" + patient, demoOperator, null).statusCode(),
                "another network's operator");
        assertEquals(404, api.send("GET", "/audit-events?patientId=" + DemoPatients.TARO, operator, null).statusCode());
        String otherAdmin = api.admitFacility("監査外の薬局", "カンサガイノヤッキョク", "Audit-Other-2026").adminToken();
        assertEquals(404, api.send("GET", "/audit-events?userId=" + nurseId.userId(), otherAdmin, null).statusCode());

        JsonNode verified = ApiClient.expect(200, api.send("GET", "/audit-events/verification", operator, null));
        assertTrue(verified.path("intact").asBoolean(), verified.toString());
        assertTrue(verified.path("days").path(0).path("records").asInt() > 0);
    }

    @Test
    void theSampleEventsSearchTheDemoPatientAndVerifyTheDemoNetwork() {
        var operations = system.function("OperationsFunction");
        var searched = operations.invoke(Events.load("operations/search-audit-events--operator.json"));
        assertEquals(200, searched.getStatusCode(), searched.getBody());
        var verified = operations.invoke(Events.load("operations/verify-audit-chains--operator.json"));
        assertEquals(200, verified.getStatusCode(), verified.getBody());
        assertTrue(Events.body(verified).path("intact").asBoolean(), verified.getBody());
    }
}
