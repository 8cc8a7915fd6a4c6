package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports to the operator (§21) through the local gateway: a nurse reports a lost tablet, her facility's
 * administrator follows it, the operator records the measures taken (§21-2); nobody else sees it.
 */
@ExtendWith(LocalSystemExtension.class)
class IncidentReportsIT {

    private final LocalSystem system;
    private final ApiClient api;

    IncidentReportsIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "incidentcity", "報告確認市");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void aReportReachesTheOperatorWhoRecordsTheMeasuresTaken() {
        ApiClient.Admitted station = api.admitFacility("報告訪問看護", "ホウコクホウモンカンゴ", "Report-Admin-2026");
        ApiClient.Issued nurseId = api.issue(station.facilityId(), station.adminToken(), "報告 看護", "ホウコク カンゴ");
        String nurse = SharedSystem.firstSignIn(system, nurseId.userId(), nurseId.temporaryPassword(), "Report-Nurse-2026");
        ApiClient.Issued colleagueId = api.issue(station.facilityId(), station.adminToken(), "報告 同僚", "ホウコク ドウリョウ");
        String colleague = SharedSystem.firstSignIn(system, colleagueId.userId(), colleagueId.temporaryPassword(), "Report-Colleague-2026");
        String outsider = api.admitFacility("報告外の薬局", "ホウコクガイノヤッキョク", "Report-Other-2026").adminToken();
        String operator = api.operatorToken();

        var filed = api.send("POST", "/incident-reports", nurse, "{\"kind\":\"lost_device\","
                + "\"occurredAt\":\"2026-11-24T17:40\",\"description\":\"訪問の帰りに業務用タブレットを紛失しました。\"}");
        JsonNode report = ApiClient.expect(201, filed);
        String id = report.path("id").asText();
        assertEquals("/incident-reports/" + id, filed.headers().firstValue("Location").orElse(""));
        assertEquals("received", report.path("status").asText());
        assertEquals("端末の紛失・盗難", report.path("kindLabel").asText());
        assertEquals("2026-11-24T08:40:00Z", report.path("occurredAt").asText(), "a time without offset is Japan's");
        String colleagues = ApiClient.expect(201, api.send("POST", "/incident-reports", colleague, "{\"kind\":\"system_defect\","
                + "\"occurredAt\":\"2026-11-25T09:00:00+09:00\",\"description\":\"一覧が表示されない\"}")).path("id").asText();

        assertEquals(List.of(id), ids(ApiClient.expect(200, api.send("GET", "/incident-reports", nurse, null))),
                "a member sees the reports she filed");
        assertEquals(List.of(colleagues, id), ids(ApiClient.expect(200, api.send("GET", "/incident-reports",
                station.adminToken(), null))), "the administrator the facility's, newest first");
        assertTrue(ids(ApiClient.expect(200, api.send("GET", "/incident-reports", operator, null))).containsAll(List.of(id, colleagues)));
        assertEquals(List.of(), ids(ApiClient.expect(200, api.send("GET", "/incident-reports", outsider, null))));
        assertEquals(404, api.send("GET", "/incident-reports/" + id, colleague, null).statusCode(), "not her report");
        assertEquals(404, api.send("GET", "/incident-reports/" + id, outsider, null).statusCode());
        assertEquals(404, api.send("GET", "/incident-reports/" + id, system.signIn(DemoSeed.OPERATOR, DemoSeed.DEMO_PASSWORD),
                null).statusCode(), "another network's operator");
        assertEquals(403, api.send("PATCH", "/incident-reports/" + id, station.adminToken(),
                "{\"version\":1,\"status\":\"resolved\"}").statusCode(), "only the operator handles");

        JsonNode handled = ApiClient.expect(200, api.send("PATCH", "/incident-reports/" + id, operator,
                "{\"version\":1,\"status\":\"investigating\",\"measures\":\"ユーザーIDを一時停止し、全端末からサインアウトさせた。\"}"));
        assertEquals(2, handled.path("version").asLong());
        assertEquals("対応中", handled.path("statusLabel").asText());
        assertEquals("incidentcity-operator", handled.path("updatedBy").asText());
        assertEquals(409, api.send("PATCH", "/incident-reports/" + id, operator,
                "{\"version\":1,\"status\":\"resolved\"}").statusCode(), "a stale version");
        JsonNode resolved = ApiClient.expect(200, api.send("PATCH", "/incident-reports/" + id, operator,
                "{\"version\":2,\"status\":\"resolved\"}"));
        assertEquals("ユーザーIDを一時停止し、全端末からサインアウトさせた。", resolved.path("measures").asText(), "measures stay");
        assertEquals("resolved", ApiClient.expect(200, api.send("GET", "/incident-reports/" + id, nurse, null))
                .path("status").asText(), "the reporter follows the handling");
        assertEquals(List.of(id), ids(ApiClient.expect(200, api.send("GET", "/incident-reports?status=resolved",
                station.adminToken(), null))));
        assertEquals(List.of(colleagues), ids(ApiClient.expect(200, api.send("GET", "/incident-reports?status=received",
                station.adminToken(), null))));
    }

    @Test
    void theSampleEventsRunOnTheDemoReport() {
        var operations = system.function("OperationsFunction");
        var read = operations.invoke(Events.load("operations/get-incident-report--member.json"));
        assertEquals(200, read.getStatusCode(), read.getBody());
        assertEquals("lost_device", Events.body(read).path("kind").asText());
        assertTrue(Events.body(operations.invoke(Events.load("operations/list-incident-reports--operator.json")))
                .path("items").size() >= 1);
        var handled = operations.invoke(Events.load("operations/handle-incident-report--operator.json"));
        assertEquals(200, handled.getStatusCode(), handled.getBody());
        assertEquals(201, operations.invoke(Events.load("operations/file-incident-report--member.json")).getStatusCode());
    }
}
