package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.ChainedRecord;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoPatients;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patients registered with consent and their care teams (§13, §14-1), through the local gateway with real tokens
 * and the consent-form scan uploaded to the S3 stand-in through the presigned URL, as a browser does.
 */
@ExtendWith(LocalSystemExtension.class)
class PatientsIT {

    private static final byte[] SCAN = "%PDF-1.4\n% 同意書のスキャン\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final LocalSystem system;
    private final ApiClient api;

    PatientsIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "carecity", "介護確認市");
    }

    private String uploadedConsentForm(String token) {
        return api.uploadConsentForm(token, SCAN);
    }

    private static String registration(String name, String kana, String consent) {
        return "{\"name\":\"" + name + "\",\"kana\":\"" + kana + "\",\"birthDate\":\"1938-05-12\",\"sex\":\"male\","
                + "\"address\":\"愛知県西尾市寄住町下田22\",\"medicalInsurerNumber\":\"39232011\"" + consent + "}";
    }

    private static String patientConsent(String formId) {
        return ",\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo"))
                + "\",\"formId\":\"" + formId + "\"}";
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.has("userId") ? item.path("userId").asText() : item.path("id").asText()));
        return ids;
    }

    @Test
    void aNurseRegistersAPatientWithConsentAndOnlyTheCareTeamSeesIt() throws Exception {
        ApiClient.Admitted station = api.admitFacility("かきつ訪問看護ステーション", "カキツホウモンカンゴ", "Station-Admin-2026");
        ApiClient.Issued nurseId = api.issue(station.facilityId(), station.adminToken(), "杜若 看子", "カキツバタ カンコ");
        String nurse = SharedSystem.firstSignIn(system, nurseId.userId(), nurseId.temporaryPassword(), "Kakitsu-Nurse-2026");
        ApiClient.Admitted clinic = api.admitFacility("かきつ在宅クリニック", "カキツザイタククリニック", "Clinic-Admin-2026");
        ApiClient.Issued doctorId = api.issue(clinic.facilityId(), clinic.adminToken(), "杜若 医師", "カキツバタ イシ");
        String doctor = SharedSystem.firstSignIn(system, doctorId.userId(), doctorId.temporaryPassword(), "Kakitsu-Doctor-2026");
        ApiClient other = ApiClient.inNewNetwork(system, "othercity", "他地域市");
        ApiClient.Admitted elsewhere = other.admitFacility("他地域の診療所", "タチイキノシンリョウジョ", "Other-Admin-2026");

        // No consent, or a form never uploaded: 400, and nothing is written.
        var before = SharedSystem.domainSnapshot(system);
        assertEquals(Set.of("consent"), fields(api.send("POST", "/patients", nurse, registration("西尾 太郎", "ニシオ タロウ", ""))));
        String notUploaded = ApiClient.expect(201, api.send("POST", "/consent-forms", nurse,
                "{\"contentType\":\"application/pdf\",\"bytes\":" + SCAN.length + "}")).path("formId").asText();
        before = SharedSystem.domainSnapshot(system);
        assertEquals(Set.of("consent.formId"), fields(api.send("POST", "/patients", nurse,
                registration("西尾 太郎", "ニシオ タロウ", patientConsent(notUploaded)))));
        assertEquals(before, SharedSystem.domainSnapshot(system));

        // With the uploaded scan: registered, the nurse is the first member of the care team.
        String formId = uploadedConsentForm(nurse);
        HttpResponse<String> registered = api.send("POST", "/patients", nurse, registration("西尾 太郎", "ニシオ タロウ", patientConsent(formId)));
        JsonNode patient = ApiClient.expect(201, registered);
        String patientId = patient.path("id").asText();
        assertEquals("/patients/" + patientId, registered.headers().firstValue("Location").orElse(""));
        assertEquals("carecity", patient.path("networkId").asText());
        assertTrue(patient.path("notice").asText().contains("第16条"));
        var scans = system.clients().s3().listObjectsV2(request -> request
                .bucket(system.resources().bucketName("AttachmentsBucket")).prefix("patients/" + patientId + "/"));
        assertEquals(1, scans.keyCount(), "the scan is stored under its patient");
        assertEquals(SCAN.length, scans.contents().getFirst().size());
        assertEquals(Set.of("consent.formId"), fields(api.send("POST", "/patients", doctor,
                registration("西尾 太郎", "ニシオ タロウ", patientConsent(formId)))), "a form is its uploader's");

        assertEquals(List.of(patientId), ids(ApiClient.expect(200, api.send("GET", "/patients?q=ニシ", nurse, null))));
        assertEquals(List.of(), ids(ApiClient.expect(200, api.send("GET", "/patients?q=ア", nurse, null))));
        assertEquals(List.of(), ids(ApiClient.expect(200, api.send("GET", "/patients", doctor, null))));

        // Outside the care team the patient does not exist: the doctor, the station's own administrator, the operator.
        for (String outsider : List.of(doctor, station.adminToken(), api.operatorToken())) {
            HttpResponse<String> hidden = api.send("GET", "/patients/" + patientId, outsider, null);
            assertEquals(404, hidden.statusCode());
            assertEquals("PATIENT_UNKNOWN", ApiClient.problemCode(hidden));
            assertEquals(404, api.send("GET", "/patients/" + patientId + "/team", outsider, null).statusCode());
        }

        // The care team: the doctor joins, sees the patient, cannot join twice; other networks need an agreement.
        assertEquals(List.of(nurseId.userId()), ids(ApiClient.expect(200, api.send("GET", "/patients/" + patientId + "/team", nurse, null))));
        JsonNode added = ApiClient.expect(201, api.send("POST", "/patients/" + patientId + "/team", nurse,
                "{\"userId\":\"" + doctorId.userId() + "\"}"));
        assertEquals("かきつ在宅クリニック", added.path("facilityName").asText());
        ApiClient.expect(200, api.send("GET", "/patients/" + patientId, doctor, null));
        assertEquals(List.of(patientId), ids(ApiClient.expect(200, api.send("GET", "/patients", doctor, null))));
        assertEquals(409, api.send("POST", "/patients/" + patientId + "/team", doctor,
                "{\"userId\":\"" + nurseId.userId() + "\"}").statusCode());
        before = SharedSystem.domainSnapshot(system);
        assertEquals(Set.of("userId"), fields(api.send("POST", "/patients/" + patientId + "/team", nurse,
                "{\"userId\":\"" + elsewhere.adminId() + "\"}")), "no agreement with the other network");
        assertEquals(Set.of("userId"), fields(api.send("POST", "/patients/" + patientId + "/team", nurse,
                "{\"userId\":\"nobody-at-all\"}")));
        assertEquals(before, SharedSystem.domainSnapshot(system));

        // Demographics change on the version read; the kana change re-sorts the members' lists.
        JsonNode changed = ApiClient.expect(200, api.send("PATCH", "/patients/" + patientId, doctor,
                "{\"version\":1,\"kana\":\"アオイ タロウ\"}"));
        assertEquals(2, changed.path("version").asLong());
        assertEquals(409, api.send("PATCH", "/patients/" + patientId, nurse, "{\"version\":1,\"address\":\"西尾市\"}").statusCode());
        assertEquals(List.of(patientId), ids(ApiClient.expect(200, api.send("GET", "/patients?q=アオ", nurse, null))));

        // Leaving the team ends the access at once; the last member cannot leave.
        assertEquals(204, api.send("DELETE", "/patients/" + patientId + "/team/" + doctorId.userId(), nurse, null).statusCode());
        assertEquals(404, api.send("GET", "/patients/" + patientId, doctor, null).statusCode());
        HttpResponse<String> last = api.send("DELETE", "/patients/" + patientId + "/team/" + nurseId.userId(), nurse, null);
        assertEquals(409, last.statusCode());
        assertEquals("LAST_CARE_TEAM_MEMBER", ApiClient.problemCode(last));

        // Every access is audited by id, never by content.
        List<ChainedRecord> chain = DynamoAuditLog.on(system.clients().dynamoDb(), system.resources().tableName("AuditTable"))
                .chain("carecity#" + LocalDate.now(ZoneId.of("Asia/Tokyo")));
        assertTrue(AuditChain.verify(chain).intact());
        Set<AuditAction> actions = chain.stream().filter(record -> patientId.equals(record.event().targetId()))
                .map(record -> record.event().action()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(AuditAction.PATIENT_REGISTERED, AuditAction.CONSENT_RECORDED, AuditAction.PATIENT_READ,
                AuditAction.CARE_TEAM_READ, AuditAction.CARE_TEAM_MEMBER_ADDED, AuditAction.PATIENT_CHANGED,
                AuditAction.CARE_TEAM_MEMBER_REMOVED)), actions);
        assertFalse(chain.stream().anyMatch(record -> record.event().toString().contains("西尾")), "no names in the audit log");
    }

    @Test
    void familyConsentNeedsTheFamilyMemberTheRelationAndTheReason() throws Exception {
        ApiClient.Admitted station = api.admitFacility("しらさぎ訪問看護", "シラサギホウモンカンゴ", "Shirasagi-Admin-2026");
        String token = station.adminToken();
        String formId = uploadedConsentForm(token);
        String without = ",\"consent\":{\"givenBy\":\"family\",\"family\":{\"name\":\"白鷺 花子\",\"reason\":\"sometimes\"},"
                + "\"consentedOn\":\"2026-11-20\",\"formId\":\"" + formId + "\"}";
        assertEquals(Set.of("consent.family.relation", "consent.family.reason"),
                fields(api.send("POST", "/patients", token, registration("白鷺 一郎", "シラサギ イチロウ", without))));
        String with = ",\"consent\":{\"givenBy\":\"family\",\"family\":{\"name\":\"白鷺 花子\",\"relation\":\"長女\","
                + "\"reason\":\"unable\"},\"consentedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + formId + "\"}";
        ApiClient.expect(201, api.send("POST", "/patients", token, registration("白鷺 一郎", "シラサギ イチロウ", with)));
        assertEquals(Set.of("consent.formId"), fields(api.send("POST", "/patients", token,
                registration("白鷺 二郎", "シラサギ ジロウ", with))), "a used form cannot register another patient");
    }

    @Test
    void familyConsentsOnceThePatientCannotAndTheHistoryKeepsBoth() {
        ApiClient.Admitted station = api.admitFacility("ききょう訪問看護", "キキョウホウモンカンゴ", "Kikyo-Admin-2026");
        String nurse = station.adminToken();
        String patient = api.registerPatient(nurse, "桔梗 一郎", "キキョウ イチロウ");
        String form = api.uploadConsentForm(nurse, SCAN, patient);
        var scans = system.clients().s3().listObjectsV2(request -> request
                .bucket(system.resources().bucketName("AttachmentsBucket")).prefix("patients/" + patient + "/consent-forms/"));
        assertEquals(2, scans.keyCount(), "the renewal's scan is stored under the same patient as the first");
        String renewal = "{\"givenBy\":\"family\",\"family\":{\"name\":\"桔梗 花子\",\"relation\":\"妻\",\"reason\":\"unable\"},"
                + "\"consentedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + form + "\"}";
        JsonNode recorded = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/consents", nurse, renewal));
        assertEquals("family", recorded.path("givenBy").asText());
        JsonNode history = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/consents", nurse, null));
        assertEquals(2, history.path("items").size());
        assertEquals("family", history.path("items").path(0).path("givenBy").asText(), "the newest is in force");
        assertEquals("patient", history.path("items").path(1).path("givenBy").asText());
        assertEquals(Set.of("formId"), fields(api.send("POST", "/patients/" + patient + "/consents", nurse, renewal)),
                "a form is used once");
        String outsider = api.admitFacility("ききょう薬局", "キキョウヤッキョク", "Kikyo-Pharma-2026").adminToken();
        assertEquals(404, api.send("GET", "/patients/" + patient + "/consents", outsider, null).statusCode());
        assertEquals(404, api.send("POST", "/consent-forms", outsider,
                "{\"contentType\":\"application/pdf\",\"bytes\":" + SCAN.length + ",\"patientId\":\"" + patient + "\"}")
                .statusCode());
    }

    @Test
    void theSampleEventsShowTheDemoNursesSeededPatients() {
        var posting = system.function("PostingFunction");
        JsonNode list = Events.body(posting.invoke(Events.load("posting/list-patients--member.json")));
        assertEquals(List.of(DemoPatients.TARO), ids(list), "the demo nurse's patients whose kana starts with ニシオ");
        var patient = posting.invoke(Events.load("posting/get-patient--member.json"));
        assertEquals(200, patient.getStatusCode(), patient.getBody());
        assertEquals("西尾 太郎", Events.body(patient).path("name").asText());
        assertEquals(List.of(DemoSeed.NURSE, DemoSeed.FACILITY_ADMIN).stream().sorted().toList(),
                ids(Events.body(posting.invoke(Events.load("posting/get-care-team--member.json")))).stream().sorted().toList());
        assertEquals(201, posting.invoke(Events.load("posting/add-care-team-member--member.json")).getStatusCode());
        assertEquals(204, posting.invoke(Events.load("posting/remove-care-team-member--member.json")).getStatusCode());
        assertEquals(404, posting.invoke(Events.as(DemoSeed.OPERATOR, Events.load("posting/get-patient--member.json")))
                .getStatusCode(), "the operator does not read clinical content");
        assertEquals(201, posting.invoke(Events.load("posting/start-consent-form--member.json")).getStatusCode());
        var consents = system.function("ConsentFunction").invoke(Events.load("consent/read-consents--member.json"));
        assertEquals(200, consents.getStatusCode(), consents.getBody());
        assertEquals("unable", Events.body(consents).path("items").path(0).path("reason").asText(), "the daughter consented");
    }

    private static Set<String> fields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        Set<String> fields = new TreeSet<>();
        ApiClient.json(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
