package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.aws.dynamodb.DynamoPatients;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoCareTeams;
import jp.igetanet.local.seed.DemoPatients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Withdrawal of consent (§14-2) through the local gateway, the withdrawal queue and the purge worker's real handler:
 * the patient is gone for the whole care team at the answer, and once the purge completes a full scan of the domain
 * table and a listing of the bucket find nothing of the patient but the receipt (and the audit log, which holds no
 * health data).
 */
@ExtendWith(LocalSystemExtension.class)
class WithdrawalIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final LocalSystem system;
    private final ApiClient api;

    WithdrawalIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "withdrawcity", "撤回確認市");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    @Test
    void theWholeRecordIsDeletedAndOnlyAReceiptWithoutThePatientRemains() {
        ApiClient.Admitted station = api.admitFacility("なでしこ訪問看護", "ナデシコホウモンカンゴ", "Nadeshiko-Admin-2026");
        ApiClient.Admitted clinic = api.admitFacility("なでしこ在宅クリニック", "ナデシコザイタククリニック", "Nadeshiko-Doctor-2026");
        String nurse = station.adminToken();
        String doctor = clinic.adminToken();
        String patient = api.registerPatient(nurse, "撫子 一郎", "ナデシコ イチロウ");
        String control = api.registerPatient(nurse, "撫子 次郎", "ナデシコ ジロウ");
        // the control's post comes first: the patient about to be withdrawn is the one latest posted to
        ApiClient.expect(201, api.send("POST", "/patients/" + control + "/posts", nurse,
                "{\"category\":\"visit\",\"text\":\"訪問\"}"));
        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/team", nurse,
                "{\"userId\":\"" + clinic.adminId() + "\"}"));
        String posts = "/patients/" + patient + "/posts";
        String vitals = ApiClient.expect(201, api.send("POST", posts, nurse,
                "{\"category\":\"vitals\",\"text\":\"血圧高め\",\"vitals\":{\"systolic\":182,\"diastolic\":90}}")).path("id").asText();
        ApiClient.expect(201, api.send("POST", posts + "/" + vitals + "/corrections", nurse,
                "{\"vitals\":{\"systolic\":128,\"diastolic\":90},\"reason\":\"入力誤り\"}"));
        ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"medication\",\"medications\":[{"
                + "\"yjCode\":\"2329023F1020\",\"name\":\"ランソプラゾール\",\"dose\":1,\"unit\":\"錠\","
                + "\"frequency\":\"1日1回朝食後\",\"startDate\":\"2026-10-01\",\"prescriber\":\"なでしこ在宅クリニック\"}]}"));
        ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"lab\",\"labResults\":[{"
                + "\"code\":\"3C015000002327101\",\"name\":\"クレアチニン\",\"value\":1.4,\"unit\":\"mg/dL\","
                + "\"referenceLow\":0.6,\"referenceHigh\":1.1,\"specimenDate\":\"" + today() + "\"}]}"));
        String photo = api.uploadAttachment(nurse, patient, PNG);
        ApiClient.expect(201, api.send("POST", posts, nurse,
                "{\"category\":\"care_life\",\"text\":\"仙骨部の発赤（写真）\",\"attachmentIds\":[\"" + photo + "\"]}"));
        ApiClient.expect(200, api.send("POST", posts + "/" + vitals + "/read", doctor, null));
        String renewalForm = api.uploadConsentForm(nurse, new byte[]{'%', 'P', 'D', 'F'}, patient);
        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/consents", nurse,
                "{\"givenBy\":\"patient\",\"consentedOn\":\"" + today() + "\",\"formId\":\"" + renewalForm + "\"}"));
        api.uploadConsentForm(nurse, new byte[]{'%', 'P', 'D', 'F'}, patient);

        long items = SharedSystem.domainSnapshot(system).values().stream().filter(item -> holds(item, patient)).count();
        long objects = files(patient).size();
        assertEquals(4, objects, "the attachment, the registration's and the renewal's forms, and an upload never used");
        assertTrue(items >= 15, "patient, team, members, consents, forms, posts, a version, a reading: " + items);

        // the nurse's list, one patient a page, latest posted to first: the first page names the patient about to be
        // withdrawn
        JsonNode firstPage = ApiClient.expect(200, api.send("GET", "/patients?limit=1", nurse, null));
        assertEquals(patient, firstPage.path("items").path(0).path("id").asText(), firstPage.toString());
        String afterWithdrawn = URLEncoder.encode(firstPage.path("nextCursor").asText(), StandardCharsets.UTF_8);

        HttpResponse<String> accepted = api.send("POST", "/patients/" + patient + "/consent-withdrawal", nurse,
                "{\"requestedBy\":\"family\",\"relation\":\"長男\",\"receivedOn\":\"" + today() + "\",\"note\":\"電話で申し出あり\"}");
        JsonNode withdrawal = ApiClient.expect(202, accepted);
        String id = withdrawal.path("id").asText();
        assertEquals("/consent-withdrawals/" + id, accepted.headers().firstValue("Location").orElseThrow());
        assertEquals(patient, withdrawal.path("patientId").asText());
        assertEquals("family", withdrawal.path("requestedBy").asText());
        assertEquals(Withdrawal.patientRef(patient), withdrawal.path("patientRef").asText());

        // gone for every member at once, whether or not the purge has run yet
        for (String member : List.of(nurse, doctor)) {
            for (String path : List.of("/patients/" + patient, posts, posts + "/" + vitals, "/patients/" + patient + "/team",
                    "/patients/" + patient + "/consents", "/patients/" + patient + "/attachments/" + photo)) {
                HttpResponse<String> response = api.send("GET", path, member, null);
                assertEquals(404, response.statusCode(), path + " " + response.body());
                assertEquals("PATIENT_UNKNOWN", ApiClient.problemCode(response));
            }
            JsonNode list = ApiClient.expect(200, api.send("GET", "/patients", member, null));
            if (member.equals(nurse)) {
                // a cursor after a withdrawn patient starts the list again, as an unknown one does
                JsonNode next = ApiClient.expect(200, api.send("GET", "/patients?limit=1&cursor=" + afterWithdrawn,
                        nurse, null));
                assertEquals(control, next.path("items").path(0).path("id").asText(), next.toString());
            }
            list.path("items").forEach(item -> assertFalse(item.path("id").asText().equals(patient), list.toString()));
        }
        assertEquals(404, api.send("POST", "/patients/" + patient + "/consent-withdrawal", doctor,
                "{\"requestedBy\":\"patient\",\"receivedOn\":\"" + today() + "\"}").statusCode(), "withdrawn once");

        JsonNode receipt = api.awaitPurge(nurse, id);
        assertEquals(items, receipt.path("itemsDeleted").asLong(), receipt.toString());
        assertEquals(objects, receipt.path("objectsDeleted").asLong());
        assertTrue(receipt.path("patientId").isMissingNode() && receipt.path("note").isMissingNode(), receipt.toString());
        assertFalse(receipt.path("startedAt").asText().isEmpty() || receipt.path("finishedAt").asText().isEmpty());
        assertEquals("長男", receipt.path("relation").asText());

        Map<String, Map<String, AttributeValue>> table = SharedSystem.domainSnapshot(system);
        List<String> left = table.entrySet().stream().filter(entry -> holds(entry.getValue(), patient)
                || entry.getValue().toString().contains("撫子 一郎")).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), left, "nothing of the patient in the domain table");
        assertEquals(1, table.values().stream().filter(item -> item.toString().contains(Withdrawal.patientRef(patient))).count(),
                "the receipt, by the patient's reference");
        assertEquals(List.of(), files(patient), "nothing of the patient in the bucket");
        assertEquals(1, ApiClient.expect(200, api.send("GET", "/patients/" + control + "/posts", nurse, null))
                .path("items").size(), "the other patient keeps its post and its own files");
        assertFalse(files(control).isEmpty());

        // the audit log keeps who did what to the patient, and nothing of the record itself
        List<Map<String, AttributeValue>> events = auditEventsOf(patient);
        List<String> actions = events.stream().map(event -> event.get("action").s()).toList();
        assertTrue(actions.containsAll(List.of("patient.registered", "post.created", "post.corrected",
                "consent.withdrawn", "patient.purged")), actions.toString());
        for (Map<String, AttributeValue> event : events) {
            String text = event.toString();
            for (String health : List.of("撫子", "ナデシコ イチロウ", "血圧", "ランソプラゾール", "クレアチニン", "発赤", "電話で申し出")) {
                assertFalse(text.contains(health), "health data in the audit log: " + text);
            }
        }
        JsonNode searched = ApiClient.expect(200, api.send("GET", "/audit-events?patientId=" + patient, api.operatorToken(), null));
        assertTrue(searched.path("items").size() >= actions.size() - 1, "a withdrawn patient's accesses stay searchable");
    }

    /** The gate let the nurse in a moment before the withdrawal; her change must not bring the patient back. */
    @Test
    void aChangeLandingAsThePatientIsWithdrawnDoesNotBringThePatientBack() {
        ApiClient.Admitted station = api.admitFacility("なでしこ第二訪問看護", "ナデシコダイニホウモンカンゴ", "Nadeshiko-Second-2026");
        String patient = api.registerPatient(station.adminToken(), "撫子 三郎", "ナデシコ サブロウ");
        String table = system.resources().tableName("DomainTable");
        DynamoPatients patients = DynamoPatients.on(system.clients().dynamoDb(), table);
        CareTeamAccess access = DemoCareTeams.on(system.clients().dynamoDb(), table).member(station.adminId(), patient);
        Patient read = patients.find(access).orElseThrow();

        ApiClient.expect(202, api.send("POST", "/patients/" + patient + "/consent-withdrawal", station.adminToken(),
                "{\"requestedBy\":\"patient\",\"receivedOn\":\"" + today() + "\"}"));
        Patient changed = read.changed(read.name(), read.kana(), read.birthDate(), read.sex(), "愛知県西尾市寄住町下田1",
                read.medicalInsurerNumber(), read.careInsurerNumber(), Instant.now());
        ApiException refused = assertThrows(ApiException.class, () -> patients.update(access, changed, read.version()));

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refused.code());
        assertTrue(patients.networkOf(patient).isEmpty(), "still withdrawn (or already purged)");
    }

    @Test
    void theReceiptIsForItsFilerAndTheOperatorOfThePatientsNetwork() {
        ApiClient.Admitted station = api.admitFacility("ききょう訪問看護（撤回）", "キキョウホウモンカンゴテッカイ", "Kikyo-Withdraw-2026");
        ApiClient.Admitted clinic = api.admitFacility("ききょう医院（撤回）", "キキョウイインテッカイ", "Kikyo-Doctor-2026");
        String patient = api.registerPatient(station.adminToken(), "桔梗 花", "キキョウ ハナ");
        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/team", station.adminToken(),
                "{\"userId\":\"" + clinic.adminId() + "\"}"));
        String id = ApiClient.expect(202, api.send("POST", "/patients/" + patient + "/consent-withdrawal",
                clinic.adminToken(), "{\"requestedBy\":\"patient\",\"receivedOn\":\"" + today() + "\"}")).path("id").asText();
        api.awaitPurge(clinic.adminToken(), id);

        ApiClient.expect(200, api.send("GET", "/consent-withdrawals/" + id, api.operatorToken(), null));
        assertEquals(404, api.send("GET", "/consent-withdrawals/" + id, station.adminToken(), null).statusCode(),
                "a team member who did not file it");
        assertEquals(404, api.send("GET", "/consent-withdrawals/" + id, ApiClient.demo(system).operatorToken(), null)
                .statusCode(), "another network's operator");
    }

    @Test
    void theSampleEventReadsTheDemoReceiptWhichNamesNoPatient() {
        var read = system.function("ConsentFunction").invoke(Events.load("consent/get-withdrawal--member.json"));
        assertEquals(200, read.getStatusCode(), read.getBody());
        JsonNode receipt = Events.body(read);
        assertEquals(DemoPatients.WITHDRAWAL, receipt.path("id").asText());
        assertEquals("completed", receipt.path("status").asText());
        assertEquals("削除完了", receipt.path("statusLabel").asText());
        assertEquals(143, receipt.path("itemsDeleted").asInt());
        assertTrue(receipt.path("patientId").isMissingNode() && receipt.path("note").isMissingNode(), receipt.toString());
        assertEquals(Withdrawal.patientRef("01KDEM0PAT0000000000000003"), receipt.path("patientRef").asText());
    }

    /** Whether an item belongs to the patient: its key or any attribute names the patient's id. */
    private static boolean holds(Map<String, AttributeValue> item, String patientId) {
        return item.toString().contains(patientId);
    }

    private List<String> files(String patientId) {
        return system.clients().s3().listObjectsV2Paginator(request -> request
                        .bucket(system.resources().bucketName("AttachmentsBucket")))
                .contents().stream().map(S3Object::key).filter(key -> key.contains(patientId)).toList();
    }

    private List<Map<String, AttributeValue>> auditEventsOf(String patientId) {
        return system.clients().dynamoDb().scanPaginator(request -> request
                        .tableName(system.resources().tableName("AuditTable")))
                .items().stream().filter(item -> item.containsKey("targetId") && item.get("targetId").s().equals(patientId))
                .toList();
    }
}
