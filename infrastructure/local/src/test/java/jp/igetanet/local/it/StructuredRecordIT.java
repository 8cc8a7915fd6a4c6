package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoPatients;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The structured blocks of a post through the local gateway: medications with YJ codes and their duplicate
 * warnings, laboratory results with JLAC10 codes and their series, attachments referenced from posts.
 */
@ExtendWith(LocalSystemExtension.class)
class StructuredRecordIT {

    private final LocalSystem system;
    private final ApiClient api;

    StructuredRecordIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "structcity", "構造記録市");
    }

    private static String medication(String yjCode, String name, String prescriber) {
        return "{\"yjCode\":\"" + yjCode + "\",\"name\":\"" + name + "\",\"dose\":1,\"unit\":\"錠\","
                + "\"frequency\":\"1日1回朝食後\",\"startDate\":\"2026-10-01\",\"prescriber\":\"" + prescriber + "\"}";
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void aPostThatAddsADuplicateSaysSoAndTheMedicationListShowsIt() {
        String doctor = api.admitFacility("つばき診療所", "ツバキシンリョウジョ", "Tsubaki-Admin-2026").adminToken();
        String patient = api.registerPatient(doctor, "椿 三郎", "ツバキ サブロウ");
        String posts = "/patients/" + patient + "/posts";
        // the clinic's prescription: lansoprazole (2329) with rebamipide (2329) is no duplicate
        JsonNode clinic = ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"medication\",\"medications\":["
                + medication("2329023F1020", "タケプロンＯＤ錠１５", "つばき診療所") + ","
                + medication("2329021F1102", "ムコスタ錠１００ｍｇ", "つばき診療所") + ","
                + medication("2171022F2041", "アムロジン錠５ｍｇ", "つばき診療所") + "]}"));
        assertFalse(clinic.has("medicationWarnings") && !clinic.path("medicationWarnings").isEmpty(),
                "one four-digit class, two different drugs: " + clinic);
        assertEquals("2329023F1020", clinic.path("medications").path(0).path("yjCode").asText());

        // the hospital's discharge prescription: amlodipine again (another brand), and famotidine (2325)
        JsonNode hospital = ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"medication\","
                + "\"text\":\"退院時処方\",\"medications\":["
                + medication("2171022F2025", "ノルバスク錠５ｍｇ", "西尾市民病院") + ","
                + medication("2325003F4031", "ガスターＤ錠２０ｍｇ", "西尾市民病院") + "]}"));
        JsonNode raised = hospital.path("medicationWarnings");
        assertEquals(2, raised.size(), hospital.toString());
        assertEquals(0, raised.path(0).path("index").asInt());
        assertEquals("same_ingredient", raised.path(0).path("warnings").path(0).path("kind").asText());
        assertEquals(clinic.path("id").asText(), raised.path(0).path("warnings").path(0).path("others").path(0).path("postId").asText());
        assertEquals("therapeutic_group", raised.path(1).path("warnings").path(0).path("kind").asText());
        assertEquals("acid_suppressants", raised.path(1).path("warnings").path(0).path("group").asText());
        assertTrue(raised.path(1).path("warnings").path(0).path("source").asText().contains("ガイドライン"));

        JsonNode list = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/medications", doctor, null));
        assertEquals(List.of("ノルバスク錠５ｍｇ", "ガスターＤ錠２０ｍｇ", "タケプロンＯＤ錠１５", "ムコスタ錠１００ｍｇ", "アムロジン錠５ｍｇ"),
                list.path("items").findValues("medication").stream().map(m -> m.path("name").asText()).toList());
        List<Integer> warned = new ArrayList<>();
        list.path("items").forEach(item -> warned.add(item.path("warnings").size()));
        assertEquals(List.of(1, 1, 1, 0, 1), warned, "rebamipide alone is clear");
        assertTrue(list.path("notice").asText().contains("第16条"));

        // the hospital's famotidine is stopped: a later entry of the same product and prescriber with an end date
        ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"medication\",\"medications\":[{"
                + "\"yjCode\":\"2325003F4031\",\"name\":\"ガスターＤ錠２０ｍｇ\",\"startDate\":\"2026-10-01\","
                + "\"endDate\":\"2026-10-20\",\"prescriber\":\"西尾市民病院\"}]}"));
        JsonNode after = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/medications", doctor, null));
        List<String> names = after.path("items").findValues("medication").stream().map(m -> m.path("name").asText()).toList();
        assertFalse(names.contains("ガスターＤ錠２０ｍｇ"), names.toString());
        assertEquals(0, after.path("items").path(names.indexOf("タケプロンＯＤ錠１５")).path("warnings").size());
    }

    @Test
    void labResultsAreKeptWithTheirCodesAndChartedBySpecimenDate() {
        String doctor = api.admitFacility("かえで診療所", "カエデシンリョウジョ", "Kaede-Admin-2026").adminToken();
        String patient = api.registerPatient(doctor, "楓 四郎", "カエデ シロウ");
        String posts = "/patients/" + patient + "/posts";
        String creatinine = "3C015000002327101";
        // the later specimen is posted first: the series follows specimen dates, not posting order
        ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"lab\",\"labResults\":["
                + "{\"code\":\"" + creatinine + "\",\"name\":\"クレアチニン\",\"value\":1.21,\"unit\":\"mg/dL\","
                + "\"referenceLow\":0.65,\"referenceHigh\":1.07,\"specimenDate\":\"2026-11-20\"},"
                + "{\"name\":\"尿蛋白\",\"resultText\":\"(±)\",\"specimenDate\":\"2026-11-20\"}]}"));
        JsonNode earlier = ApiClient.expect(201, api.send("POST", posts, doctor, "{\"category\":\"lab\",\"labResults\":["
                + "{\"code\":\"" + creatinine + "\",\"name\":\"クレアチニン\",\"value\":0.98,\"unit\":\"mg/dL\","
                + "\"referenceLow\":0.65,\"referenceHigh\":1.07,\"specimenDate\":\"2026-10-15\"}]}"));
        assertEquals(creatinine, earlier.path("labResults").path(0).path("code").asText());

        JsonNode series = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/observations?code=" + creatinine,
                doctor, null));
        assertEquals("クレアチニン", series.path("label").asText());
        assertEquals("mg/dL", series.path("unit").asText());
        assertEquals(List.of("2026-10-15", "2026-11-20"), texts(series.path("points"), "specimenDate"));
        assertEquals(List.of("0.98", "1.21"), texts(series.path("points"), "value"));
        assertEquals("H", series.path("points").path(1).path("flag").asText(), "above the reference range");
        assertTrue(series.path("notice").asText().contains("第16条"));
        assertTrue(earlier.path("notice").asText().contains("第16条"), "a post's answer carries the notice");
        assertFalse(series.path("points").path(0).has("flag"));

        JsonNode timeline = ApiClient.expect(200, api.send("GET", posts + "?category=lab", doctor, null));
        JsonNode uncoded = timeline.path("items").path(1).path("labResults").path(1);
        assertEquals("99999999999999999", uncoded.path("code").asText(), "a result without a code is kept as uncoded");
        assertEquals("(±)", uncoded.path("resultText").asText());
        assertEquals(400, api.send("GET", "/patients/" + patient + "/observations?code=99999999999999999", doctor, null)
                .statusCode(), "uncoded results have no series");
    }

    @Test
    void aPostReferencesOnlyTheAttachmentsOfItsPatient() {
        String nurse = api.admitFacility("ひまわり訪問看護", "ヒマワリホウモンカンゴ", "Himawari-Admin-2026").adminToken();
        String patient = api.registerPatient(nurse, "向日 葵", "ヒマワリ アオイ");
        String other = api.registerPatient(nurse, "向日 菊", "ヒマワリ キク");
        String photo = api.uploadAttachment(nurse, patient, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        String othersPhoto = api.uploadAttachment(nurse, other, new byte[]{(byte) 0x89, 'P', 'N', 'G'});

        JsonNode post = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"care_life\",\"text\":\"仙骨部の発赤（写真）\",\"attachmentIds\":[\"" + photo + "\"]}"));
        assertEquals(1, post.path("attachmentIds").size());
        assertEquals(photo, post.path("attachmentIds").path(0).asText());
        JsonNode download = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/attachments/"
                + post.path("attachmentIds").path(0).asText(), nurse, null));
        assertTrue(download.path("downloadUrl").asText().startsWith("http"));

        var refused = api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"care_life\",\"attachmentIds\":[\"" + othersPhoto + "\"]}");
        assertEquals(400, refused.statusCode(), "another patient's file");
        assertEquals("attachmentIds", ApiClient.json(refused).path("errors").path(0).path("field").asText());
        // the bucket refuses a PUT over 10 MB (UploadBoundsIT); a file that got there some other way is still refused
        String oversized = api.uploadAttachment(nurse, patient, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        system.clients().s3().putObject(request -> request.bucket(system.resources().bucketName("AttachmentsBucket"))
                        .key(FileStore.patientKey(patient, "attachments", oversized)).contentType("image/png"),
                RequestBody.fromBytes(new byte[10 * 1024 * 1024 + 1]));
        assertEquals(400, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"care_life\",\"attachmentIds\":[\"" + oversized + "\"]}").statusCode(), "over 10 MB");
        assertEquals(404, api.send("GET", "/patients/" + patient + "/attachments/" + oversized, nurse, null).statusCode());
        assertEquals(1, ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts", nurse, null))
                .path("items").size(), "nothing was written");
    }

    @Test
    void theDemoPatientHasADuplicateAndTwoSetsOfLabs() {
        String nurse = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        JsonNode list = ApiClient.expect(200, api.send("GET", "/patients/" + DemoPatients.TARO + "/medications", nurse, null));
        List<String> kinds = list.path("items").findValues("kind").stream().map(JsonNode::asText).distinct().sorted().toList();
        assertEquals(List.of("same_ingredient", "therapeutic_group"), kinds);
        JsonNode series = ApiClient.expect(200, api.send("GET", "/patients/" + DemoPatients.TARO
                + "/observations?code=3C015000002327101", nurse, null));
        // other tests may add to the demo patient later; the seeded two come first
        assertEquals(List.of("2026-10-08", "2026-10-30"), texts(series.path("points"), "specimenDate").subList(0, 2));
    }
}
