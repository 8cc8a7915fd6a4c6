package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoPatients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared record (連絡帳) through the local gateway: posts by the care team, the timeline, five-year retention. */
@ExtendWith(LocalSystemExtension.class)
class PostsIT {

    private final LocalSystem system;
    private final ApiClient api;

    PostsIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "postcity", "投稿確認市");
    }

    private static List<String> categories(JsonNode page) {
        List<String> categories = new ArrayList<>();
        page.path("items").forEach(item -> categories.add(item.path("category").asText()));
        return categories;
    }

    @Test
    void theCareTeamPostsInEveryCategoryAndReadsTheTimelineNewestFirst() {
        ApiClient.Admitted station = api.admitFacility("ほたる訪問看護", "ホタルホウモンカンゴ", "Hotaru-Admin-2026");
        String nurse = station.adminToken();
        String patient = api.registerPatient(nurse, "蛍 一郎", "ホタル イチロウ");
        String[] all = {"visit", "treatment_history", "treatment_course", "medication", "lab", "vitals", "care_life",
                "contact", "other"};
        for (String category : all) {
            ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                    "{\"category\":\"" + category + "\",\"text\":\"" + category + " の記録\"}"));
        }
        HttpResponse<String> created = api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"vitals\",\"vitals\":{\"systolic\":128,\"diastolic\":76,\"pulse\":70,\"temperature\":36.4,"
                        + "\"spo2\":97,\"respiration\":16,\"weight\":52.5,\"pain\":0}}");
        JsonNode vitals = ApiClient.expect(201, created);
        assertEquals(128, vitals.path("vitals").path("systolic").asInt());
        assertEquals("36.4", vitals.path("vitals").path("temperature").asText());
        assertNull(vitals.get("text"), "vitals alone make a post");
        Instant postedAt = Instant.parse(vitals.path("postedAt").asText());
        assertEquals(postedAt.atZone(ZoneId.of("Asia/Tokyo")).plusYears(5).toInstant(),
                Instant.parse(vitals.path("expiresAt").asText()), "kept five years (§15)");

        JsonNode first = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts?limit=4", nurse, null));
        assertEquals(List.of("vitals", "other", "contact", "care_life"), categories(first), "newest first");
        assertTrue(first.path("notice").asText().contains("第16条"));
        JsonNode second = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts?limit=4&cursor="
                + first.path("nextCursor").asText(), nurse, null));
        assertEquals(List.of("vitals", "lab", "medication", "treatment_course"), categories(second));
        assertEquals(List.of("vitals", "vitals"), categories(ApiClient.expect(200,
                api.send("GET", "/patients/" + patient + "/posts?category=vitals", nurse, null))));

        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"vitals\",\"vitals\":{\"systolic\":141,\"pulse\":88}}"));
        JsonNode series = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/observations?code=systolic", nurse, null));
        assertEquals("mmHg", series.path("unit").asText());
        List<Integer> values = new ArrayList<>();
        series.path("points").forEach(point -> values.add(point.path("value").asInt()));
        assertEquals(List.of(128, 141), values, "oldest first, only posts that recorded it");

        String postId = vitals.path("id").asText();
        assertEquals(created.headers().firstValue("Location").orElse(""), "/patients/" + patient + "/posts/" + postId);
        ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts/" + postId, nurse, null));
        String outsider = api.admitFacility("ほたる薬局", "ホタルヤッキョク", "Hotaru-Pharma-2026").adminToken();
        assertEquals(404, api.send("GET", "/patients/" + patient + "/posts", outsider, null).statusCode());
        assertEquals(404, api.send("GET", "/patients/" + patient + "/posts/" + postId, outsider, null).statusCode());
        assertEquals(404, api.send("POST", "/patients/" + patient + "/posts", outsider,
                "{\"category\":\"other\",\"text\":\"x\"}").statusCode());
    }

    /** A new facility's administrator (who posts) and a colleague, both in the care team of a new patient. */
    private record TeamOfTwo(String authorId, String author, String colleagueId, String colleague, String patient) {
    }

    private TeamOfTwo teamOfTwo(String facility, String kana, String password) {
        ApiClient.Admitted station = api.admitFacility(facility, kana, password + "-Admin-2026");
        String patient = api.registerPatient(station.adminToken(), "連絡 花子", "レンラク ハナコ");
        ApiClient.Issued colleague = api.issue(station.facilityId(), station.adminToken(), "連絡 同僚", "レンラク ドウリョウ");
        String token = SharedSystem.firstSignIn(system, colleague.userId(), colleague.temporaryPassword(), password + "-Colleague-2026");
        ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/team", station.adminToken(),
                "{\"userId\":\"" + colleague.userId() + "\"}"));
        return new TeamOfTwo(station.adminId(), station.adminToken(), colleague.userId(), token, patient);
    }

    @Test
    void onlyTheAuthorCorrectsAndTheOriginalStaysReadableMarkedAsCorrected() {
        TeamOfTwo team = teamOfTwo("すみれ訪問看護", "スミレホウモンカンゴ", "Sumire");
        String author = team.author();
        String colleague = team.colleague();
        String patient = team.patient();
        String post = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", author,
                "{\"category\":\"vitals\",\"text\":\"血圧測定\",\"vitals\":{\"systolic\":182,\"diastolic\":90}}")).path("id").asText();
        String path = "/patients/" + patient + "/posts/" + post;

        assertEquals(403, api.send("POST", path + "/corrections", colleague, "{\"text\":\"x\",\"reason\":\"誤り\"}").statusCode(),
                "only the author corrects");
        JsonNode corrected = ApiClient.expect(201, api.send("POST", path + "/corrections", author,
                "{\"vitals\":{\"systolic\":128,\"diastolic\":90},\"reason\":\"収縮期血圧の入力誤り\"}"));
        assertEquals(2, corrected.path("version").asInt());
        assertEquals(128, corrected.path("vitals").path("systolic").asInt());
        assertEquals("血圧測定", corrected.path("text").asText(), "what was not sent stays");

        JsonNode read = ApiClient.expect(200, api.send("GET", path, colleague, null));
        assertEquals(2, read.path("version").asInt());
        JsonNode original = read.path("history").path(0);
        assertEquals(1, original.path("version").asInt());
        assertEquals(182, original.path("vitals").path("systolic").asInt(), "the original stays readable");
        assertEquals(team.authorId(), original.path("correction").path("correctedBy").asText());
        assertEquals("収縮期血圧の入力誤り", original.path("correction").path("reason").asText());
        List<String> timeline = new ArrayList<>();
        ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts", colleague, null)).path("items")
                .forEach(item -> timeline.add(item.path("id").asText() + "@" + item.path("version").asInt()));
        assertEquals(List.of(post + "@2"), timeline, "the timeline shows the current version once");

        // read marks: the first reading counts, and the care team sees who has read
        assertTrue(ApiClient.expect(200, api.send("POST", path + "/read", colleague, null)).path("first").asBoolean());
        assertFalse(ApiClient.expect(200, api.send("POST", path + "/read", colleague, null)).path("first").asBoolean());
        JsonNode readers = ApiClient.expect(200, api.send("GET", path + "/readers", author, null));
        assertEquals(1, readers.path("items").size());
        assertEquals(team.colleagueId(), readers.path("items").path(0).path("userId").asText());
    }

    @Test
    void anAttachmentGoesUpAndComesBackThroughPresignedUrlsForTheCareTeamOnly() throws Exception {
        ApiClient.Admitted station = api.admitFacility("つばき訪問看護", "ツバキホウモンカンゴ", "Tsubaki-Admin-2026");
        String nurse = station.adminToken();
        String patient = api.registerPatient(nurse, "椿 一郎", "ツバキ イチロウ");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        JsonNode upload = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/attachments", nurse,
                "{\"contentType\":\"image/png\",\"bytes\":" + png.length + "}"));
        String id = upload.path("attachmentId").asText();
        assertEquals(404, api.send("GET", "/patients/" + patient + "/attachments/" + id, nurse, null).statusCode(),
                "nothing to download before the upload");
        api.putFile(upload.path("uploadUrl").asText(), "image/png", png);
        JsonNode download = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/attachments/" + id, nurse, null));
        assertEquals(png.length, download.path("bytes").asInt());
        var got = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(download.path("downloadUrl").asText())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertTrue(java.util.Arrays.equals(png, got.body()), "the same bytes come back");
        String outsider = api.admitFacility("つばき薬局", "ツバキヤッキョク", "Tsubaki-Pharma-2026").adminToken();
        assertEquals(404, api.send("GET", "/patients/" + patient + "/attachments/" + id, outsider, null).statusCode());
    }

    @Test
    void anExpiredPostIsGoneBeforeAnySweeperRuns() {
        ApiClient.Admitted station = api.admitFacility("あかね訪問看護", "アカネホウモンカンゴ", "Akane-Admin-2026");
        String nurse = station.adminToken();
        String patient = api.registerPatient(nurse, "茜 花子", "アカネ ハナコ");
        String kept = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"visit\",\"text\":\"残る投稿\"}")).path("id").asText();
        String old = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", nurse,
                "{\"category\":\"visit\",\"text\":\"期限を過ぎる投稿\"}")).path("id").asText();
        // as if five years had passed for this post: its expiry is now, and TTL has not deleted it yet
        system.clients().dynamoDb().updateItem(request -> request.tableName(system.resources().tableName("DomainTable"))
                .key(Keys.post(patient, old)).updateExpression("SET expiresAt = :now")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond())))));

        JsonNode timeline = ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts", nurse, null));
        List<String> ids = new ArrayList<>();
        timeline.path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertEquals(List.of(kept), ids);
        assertEquals(404, api.send("GET", "/patients/" + patient + "/posts/" + old, nurse, null).statusCode());
        assertFalse(system.clients().dynamoDb().getItem(request -> request
                .tableName(system.resources().tableName("DomainTable")).key(Keys.post(patient, old))).item().isEmpty(),
                "the item is still in the table");
    }

    @Test
    void theDemoTimelineIsOnePageOfTheSeededPosts() {
        var posting = system.function("PostingFunction");
        var timeline = posting.invoke(Events.load("posting/read-timeline--member.json"));
        assertEquals(200, timeline.getStatusCode(), timeline.getBody());
        JsonNode items = Events.body(timeline).path("items");
        assertTrue(items.size() >= 6, "the demo patient's weeks of posts");
        assertEquals(DemoPatients.TARO, items.path(0).path("patientId").asText());
        assertEquals(200, posting.invoke(Events.load("posting/get-post--member.json")).getStatusCode());
        assertEquals(201, posting.invoke(Events.load("posting/create-post--member.json")).getStatusCode());
        assertEquals(201, posting.invoke(Events.load("posting/correct-post--member.json")).getStatusCode());
        assertEquals(200, posting.invoke(Events.load("posting/mark-post-read--member.json")).getStatusCode());
        JsonNode readers = Events.body(posting.invoke(Events.load("posting/get-post-readers--member.json")));
        assertEquals("houkan-nurse", readers.path("items").path(0).path("userId").asText());

        assertEquals(201, posting.invoke(Events.load("posting/start-attachment--member.json")).getStatusCode());
        var photo = posting.invoke(Events.load("posting/download-attachment--member.json"));
        assertEquals(200, photo.getStatusCode(), photo.getBody());
        assertEquals("image/jpeg", Events.body(photo).path("contentType").asText());
        JsonNode systolic = Events.body(posting.invoke(Events.load("posting/get-observations--member.json")));
        List<Integer> seeded = new ArrayList<>();
        systolic.path("points").forEach(point -> seeded.add(point.path("value").asInt()));
        assertEquals(List.of(138, 148), seeded.subList(0, 2), "the demo series, with the corrected value");
        JsonNode creatinine = Events.body(posting.invoke(Events.load("posting/get-lab-observations--member.json")));
        assertEquals("mg/dL", creatinine.path("unit").asText());
        var medicationPost = posting.invoke(Events.load("posting/create-medication-post--member.json"));
        assertEquals(201, medicationPost.getStatusCode(), medicationPost.getBody());
        assertEquals("acid_suppressants", Events.body(medicationPost).path("medicationWarnings").path(0).path("warnings")
                .path(0).path("group").asText(), "esomeprazole beside the seeded lansoprazole and famotidine");
        assertEquals(201, posting.invoke(Events.load("posting/create-lab-post--member.json")).getStatusCode());
        JsonNode medications = Events.body(posting.invoke(Events.load("posting/get-medications--member.json")));
        assertTrue(medications.path("items").size() >= 5, medications.toString());

        // the seeded post whose blood pressure the nurse corrected
        var corrected = Events.at(Events.load("posting/get-post--member.json"),
                "/patients/" + DemoPatients.TARO + "/posts/" + DemoPatients.CORRECTED_POST, "postId", DemoPatients.CORRECTED_POST);
        corrected.setPathParameters(Map.of("patientId", DemoPatients.TARO, "postId", DemoPatients.CORRECTED_POST));
        JsonNode post = Events.body(posting.invoke(corrected));
        assertEquals(2, post.path("version").asInt());
        assertEquals(146, post.path("history").path(0).path("vitals").path("systolic").asInt());
        assertEquals("血圧の転記誤りのため", post.path("history").path(0).path("correction").path("reason").asText());
    }

    @Test
    void eachMemberSeesHowManyPostsTheyHaveNotReadInTheirPatientList() {
        TeamOfTwo team = teamOfTwo("あおい訪問看護", "アオイホウモンカンゴ", "Aoi");
        String author = team.author();
        String colleague = team.colleague();
        String patient = team.patient();
        List<String> posted = new ArrayList<>();
        for (String text : List.of("訪問1", "訪問2", "訪問3")) {
            posted.add(ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/posts", author,
                    "{\"category\":\"visit\",\"text\":\"" + text + "\"}")).path("id").asText());
        }
        assertEquals(3, unread(colleague, patient));
        assertEquals(0, unread(author, patient), "one's own posts are read");
        api.send("POST", "/patients/" + patient + "/posts/" + posted.get(1) + "/read", colleague, null);
        api.send("POST", "/patients/" + patient + "/posts/" + posted.get(1) + "/read", colleague, null);
        assertEquals(2, unread(colleague, patient), "a post counts once however often it is marked");
        JsonNode list = ApiClient.expect(200, api.send("GET", "/patients", colleague, null));
        assertTrue(list.path("notice").asText().contains("第16条"));
        assertEquals("レンラク ハナコ", list.path("items").path(0).path("kana").asText());
    }

    private long unread(String token, String patientId) {
        JsonNode list = ApiClient.expect(200, api.send("GET", "/patients", token, null));
        for (JsonNode item : list.path("items")) {
            if (item.path("id").asText().equals(patientId)) {
                return item.path("unread").asLong();
            }
        }
        throw new AssertionError(patientId + " not in " + list);
    }
}
