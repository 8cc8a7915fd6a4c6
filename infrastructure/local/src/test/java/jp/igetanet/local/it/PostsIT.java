package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.aws.Keys;
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

        String postId = vitals.path("id").asText();
        assertEquals(created.headers().firstValue("Location").orElse(""), "/patients/" + patient + "/posts/" + postId);
        ApiClient.expect(200, api.send("GET", "/patients/" + patient + "/posts/" + postId, nurse, null));
        String outsider = api.admitFacility("ほたる薬局", "ホタルヤッキョク", "Hotaru-Pharma-2026").adminToken();
        assertEquals(404, api.send("GET", "/patients/" + patient + "/posts", outsider, null).statusCode());
        assertEquals(404, api.send("GET", "/patients/" + patient + "/posts/" + postId, outsider, null).statusCode());
        assertEquals(404, api.send("POST", "/patients/" + patient + "/posts", outsider,
                "{\"category\":\"other\",\"text\":\"x\"}").statusCode());
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
    }
}
