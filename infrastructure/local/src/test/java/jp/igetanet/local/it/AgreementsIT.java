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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wide-area collaboration (§4-4/5) through the local gateway: a user of another network joins a patient's care team
 * only while the two networks' agreement is in force — proposed by one operator, accepted by the other's — and sees
 * the patient no more once either operator ends it.
 */
@ExtendWith(LocalSystemExtension.class)
class AgreementsIT {

    private final LocalSystem system;
    private final ApiClient home;
    private final ApiClient neighbour;

    AgreementsIT(LocalSystem system) {
        this.system = system;
        this.home = ApiClient.inNewNetwork(system, "agreehome", "協定本市");
        this.neighbour = ApiClient.inNewNetwork(system, "agreeneighbour", "協定隣市");
    }

    private static String proposal(String partner) {
        return "{\"partnerNetworkId\":\"" + partner + "\",\"title\":\"在宅医療介護連携に関する広域連携協定\"}";
    }

    private static List<String> statuses(JsonNode list) {
        List<String> statuses = new ArrayList<>();
        list.path("items").forEach(item -> statuses.add(item.path("status").asText()));
        return statuses;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void aNeighboursNurseJoinsTheCareTeamOnlyWhileTheAgreementIsInForce() {
        String doctor = home.admitFacility("協定本市診療所", "キョウテイホンシシンリョウジョ", "Agree-Home-2026").adminToken();
        String patient = home.registerPatient(doctor, "協定 一郎", "キョウテイ イチロウ");
        ApiClient.Admitted station = neighbour.admitFacility("協定隣市訪問看護", "キョウテイリンシホウモンカンゴ", "Agree-Next-2026");
        String nurseId = station.adminId();
        String nurse = station.adminToken();
        String team = "/patients/" + patient + "/team";
        String join = "{\"userId\":\"" + nurseId + "\"}";
        String homeOperator = home.operatorToken();
        String neighbourOperator = neighbour.operatorToken();
        String homeAgreements = "/networks/agreehome/agreements";
        String neighbourAgreements = "/networks/agreeneighbour/agreements";

        var refused = home.send("POST", team, doctor, join);
        assertEquals(400, refused.statusCode(), "no agreement");
        assertEquals("userId", ApiClient.json(refused).path("errors").path(0).path("field").asText());

        JsonNode proposed = ApiClient.expect(201, home.send("POST", homeAgreements, homeOperator, proposal("agreeneighbour")));
        String agreement = proposed.path("id").asText();
        assertEquals("proposed", proposed.path("status").asText());
        assertEquals(400, home.send("POST", team, doctor, join).statusCode(), "proposed is not in force");
        assertEquals(409, home.send("POST", homeAgreements + "/" + agreement + "/acceptance", homeOperator, null).statusCode(),
                "the proposing side does not accept its own proposal");
        assertEquals(403, home.send("POST", neighbourAgreements + "/" + agreement + "/acceptance", doctor, null).statusCode(),
                "only an operator");

        JsonNode accepted = ApiClient.expect(200, neighbour.send("POST", neighbourAgreements + "/" + agreement + "/acceptance",
                neighbourOperator, null));
        assertEquals("in_force", accepted.path("status").asText());
        assertEquals("agreeneighbour-operator", accepted.path("acceptedBy").asText());
        assertEquals(List.of("in_force"), statuses(ApiClient.expect(200, home.send("GET", homeAgreements, homeOperator, null))));
        assertEquals(409, home.send("POST", homeAgreements, homeOperator, proposal("agreeneighbour")).statusCode(),
                "one open agreement per pair");

        JsonNode member = ApiClient.expect(201, home.send("POST", team, doctor, join));
        assertEquals("agreeneighbour", member.path("networkId").asText());
        ApiClient.expect(200, home.send("GET", "/patients/" + patient, nurse, null));
        ApiClient.expect(201, home.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"visit\",\"text\":\"隣市から訪問看護\"}"));

        JsonNode ended = ApiClient.expect(200, neighbour.send("DELETE", neighbourAgreements + "/" + agreement,
                neighbourOperator, null));
        assertEquals("ended", ended.path("status").asText());
        assertEquals(404, home.send("GET", "/patients/" + patient, nurse, null).statusCode(),
                "the neighbour's member sees the patient no more");
        assertEquals(404, home.send("GET", "/patients/" + patient + "/posts", nurse, null).statusCode());
        assertEquals(List.of(), ids(ApiClient.expect(200, home.send("GET", "/patients", nurse, null))),
                "nor in the nurse's list of patients");
        ApiClient.expect(200, home.send("GET", "/patients/" + patient, doctor, null));
        assertEquals(List.of("ended"), statuses(ApiClient.expect(200, neighbour.send("GET", neighbourAgreements,
                neighbourOperator, null))), "an ended agreement stays in the list");

        // a new agreement restores the member's access
        String again = ApiClient.expect(201, neighbour.send("POST", neighbourAgreements, neighbourOperator,
                proposal("agreehome"))).path("id").asText();
        ApiClient.expect(200, home.send("POST", homeAgreements + "/" + again + "/acceptance", homeOperator, null));
        ApiClient.expect(200, home.send("GET", "/patients/" + patient, nurse, null));
        assertEquals(List.of(patient), ids(ApiClient.expect(200, home.send("GET", "/patients", nurse, null))));
        assertEquals(List.of("in_force", "ended"), statuses(ApiClient.expect(200, home.send("GET", homeAgreements,
                homeOperator, null))), "newest first");
    }

    /**
     * The sample events through the registration handler, on the demo data: 碧南市 accepts 西尾市's proposal, the
     * demo nurse of 碧南市 joins the demo patient's team and reads the record, and 西尾市 ends the agreement again.
     */
    @Test
    void theSampleEventsRunOnTheDemoAgreement() {
        var registration = system.function("RegistrationFunction");
        JsonNode listed = Events.body(registration.invoke(Events.load("registration/list-agreements--operator.json")));
        assertTrue(statuses(listed).contains("proposed"), listed.toString());
        var accepted = registration.invoke(Events.load("registration/accept-agreement--partner-operator.json"));
        assertEquals(200, accepted.getStatusCode(), accepted.getBody());
        var proposed = registration.invoke(Events.load("registration/propose-agreement--operator.json"));
        assertEquals(201, proposed.getStatusCode(), proposed.getBody());
        assertEquals("anjo", Events.body(proposed).path("partnerNetworkId").asText());

        ApiClient demo = ApiClient.demo(system);
        String nurse = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        String partnerNurse = system.signIn(DemoSeed.PARTNER_NURSE, DemoSeed.DEMO_PASSWORD);
        ApiClient.expect(201, demo.send("POST", "/patients/" + DemoPatients.HANA + "/team", nurse,
                "{\"userId\":\"" + DemoSeed.PARTNER_NURSE + "\"}"));
        ApiClient.expect(200, demo.send("GET", "/patients/" + DemoPatients.HANA + "/posts", partnerNurse, null));

        var ended = registration.invoke(Events.load("registration/end-agreement--operator.json"));
        assertEquals(200, ended.getStatusCode(), ended.getBody());
        assertEquals(404, demo.send("GET", "/patients/" + DemoPatients.HANA + "/posts", partnerNurse, null).statusCode());
    }
}
