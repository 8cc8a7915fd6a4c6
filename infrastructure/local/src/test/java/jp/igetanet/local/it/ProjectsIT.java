package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoPatients;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects (§2) through the local gateway with real tokens: a training with an event, replies, answers, read marks and
 * pins; search; the secretariat's announcements to every user of the network; members coming and going; corrections;
 * five-year retention and the audit log; files.
 */
@ExtendWith(LocalSystemExtension.class)
class ProjectsIT {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LocalSystem system;
    private final ApiClient api;

    ProjectsIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "projectcity", "プロジェクト確認市");
    }

    /** A time of day in Japan as the API takes it, {@code days} from today. */
    private static String inDays(int days, String time) {
        return LocalDate.now(JAPAN).plusDays(days) + "T" + time;
    }

    private String create(String token, String name, String kind, String admission) {
        return ApiClient.expect(201, api.send("POST", "/projects", token, "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"admission\":\"" + admission + "\"}")).path("id").asText();
    }

    private String post(String token, String project, String body) {
        return ApiClient.expect(201, api.send("POST", "/projects/" + project + "/posts", token, body)).path("id").asText();
    }

    private static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static String reply(String text, String to) {
        return "{\"text\":\"" + text + "\",\"replyTo\":\"" + to + "\"}";
    }

    /** The caller's listed project, from the first page of their projects. */
    private JsonNode listed(String token, String project) {
        for (JsonNode item : ApiClient.expect(200, api.send("GET", "/projects", token, null)).path("items")) {
            if (item.path("id").asText().equals(project)) {
                return item;
            }
        }
        return null;
    }

    private long unread(String token, String project) {
        JsonNode item = listed(token, project);
        assertTrue(item != null, project + " is listed");
        return item.path("unread").asLong();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void anOpenTrainingGathersItsMembersAroundAnEventTheyAnswer() {
        ApiClient.Admitted clinic = api.admitFacility("さつき在宅クリニック", "サツキザイタククリニック", "Satsuki-Admin-2026");
        ApiClient.Admitted pharmacy = api.admitFacility("さつき薬局", "サツキヤッキョク", "Satsuki-Pharma-2026");
        String doctor = clinic.adminToken();
        String pharmacist = pharmacy.adminToken();
        HttpResponse<String> created = api.send("POST", "/projects", doctor,
                "{\"name\":\"在宅看取り研修会\",\"description\":\"多職種で看取りを学びます\",\"kind\":\"training\",\"admission\":\"open\"}");
        JsonNode project = ApiClient.expect(201, created);
        String id = project.path("id").asText();
        assertEquals("/projects/" + id, created.headers().firstValue("Location").orElse(""));
        assertEquals("owner", project.path("myRole").asText());
        assertEquals(1, project.path("memberCount").asInt());
        assertTrue(project.path("notice").asText().contains("療養者の情報"));

        assertTrue(ids(ApiClient.expect(200, api.send("GET", "/projects?view=open", pharmacist, null)).path("items")).contains(id),
                "an open project is listed for the network's users");
        assertTrue(ApiClient.expect(200, api.send("GET", "/projects/" + id, pharmacist, null)).path("joinable").asBoolean());
        assertEquals("PROJECT_MEMBERSHIP_REQUIRED", ApiClient.problemCode(api.send("GET", "/projects/" + id + "/posts", pharmacist, null)));
        ApiClient.expect(201, api.send("POST", "/projects/" + id + "/members", pharmacist, "{\"userId\":\"" + pharmacy.adminId() + "\"}"));
        assertEquals("PROJECT_MEMBER_EXISTS", ApiClient.problemCode(api.send("POST", "/projects/" + id + "/members", pharmacist,
                "{\"userId\":\"" + pharmacy.adminId() + "\"}")));

        JsonNode event = ApiClient.expect(201, api.send("POST", "/projects/" + id + "/posts", doctor,
                "{\"text\":\"第1回研修会のご案内\",\"event\":{\"startsAt\":\"" + inDays(7, "18:30") + "\",\"endsAt\":\"" + inDays(7, "20:00") + "\","
                        + "\"place\":\"市役所 大会議室\",\"onlineUrl\":\"https://meet.example.jp/satsuki\"}}"));
        String eventId = event.path("id").asText();
        assertTrue(event.path("event").path("takesAnswers").asBoolean());
        assertEquals(Instant.parse(event.path("postedAt").asText()).atZone(JAPAN).plusYears(5).toInstant()
                .truncatedTo(ChronoUnit.SECONDS), Instant.parse(event.path("expiresAt").asText()), "kept five years (§15)");
        String replyId = post(pharmacist, id, reply("薬局から2名参加します", eventId));
        JsonNode toReply = ApiClient.expect(201, api.send("POST", "/projects/" + id + "/posts", doctor, reply("ありがとうございます", replyId)));
        assertEquals(eventId, toReply.path("threadId").asText(), "a reply to a reply joins the same thread");

        ApiClient.expect(200, api.send("PUT", "/projects/" + id + "/posts/" + eventId + "/attendance", pharmacist, "{\"answer\":\"attend\"}"));
        JsonNode changed = ApiClient.expect(200, api.send("PUT", "/projects/" + id + "/posts/" + eventId + "/attendance",
                pharmacist, "{\"answer\":\"absent\"}"));
        assertEquals(0, changed.path("event").path("attending").asInt());
        assertEquals(1, changed.path("event").path("absent").asInt(), "a new answer replaces the earlier one");
        assertEquals("absent", changed.path("myAnswer").asText());
        assertEquals("EVENT_ANSWER_REFUSED", ApiClient.problemCode(api.send("PUT", "/projects/" + id + "/posts/" + replyId
                + "/attendance", doctor, "{\"answer\":\"attend\"}")), "a reply is no event");

        JsonNode thread = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts/" + eventId, doctor, null));
        assertEquals(List.of(replyId, toReply.path("id").asText()), ids(thread.path("replies")), "replies oldest first");
        assertEquals(2, thread.path("replyCount").asInt());
        assertEquals(pharmacy.adminId(), thread.path("answers").path(0).path("userId").asText());
        assertEquals("さつき薬局", thread.path("answers").path(0).path("facilityName").asText());
        assertEquals("さつき在宅クリニック", thread.path("author").path("facilityName").asText());

        assertEquals(1, unread(doctor, id), "the pharmacist's reply; one's own posts are read");
        assertEquals(2, unread(pharmacist, id), "the event and the doctor's reply, both posted after joining");
        assertTrue(ApiClient.expect(200, api.send("POST", "/projects/" + id + "/posts/" + eventId + "/read", pharmacist, null))
                .path("first").asBoolean());
        assertFalse(ApiClient.expect(200, api.send("POST", "/projects/" + id + "/posts/" + eventId + "/read", pharmacist, null))
                .path("first").asBoolean());
        assertEquals(1, unread(pharmacist, id), "a post counts once however often it is marked");
        JsonNode readers = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts/" + eventId + "/readers", doctor, null));
        assertEquals(List.of(clinic.adminId(), pharmacy.adminId()), readers.path("items").findValuesAsText("userId"));

        assertEquals(403, api.send("PUT", "/projects/" + id + "/posts/" + eventId + "/pin", pharmacist, null).statusCode(),
                "members do not pin");
        assertEquals(204, api.send("PUT", "/projects/" + id + "/posts/" + eventId + "/pin", doctor, null).statusCode());
        assertEquals(204, api.send("PUT", "/projects/" + id + "/posts/" + eventId + "/pin", doctor, null).statusCode(),
                "pinning again changes nothing");
        assertEquals("PROJECT_PIN_REFUSED", ApiClient.problemCode(api.send("PUT", "/projects/" + id + "/posts/" + replyId
                + "/pin", doctor, null)));
        JsonNode timeline = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts", pharmacist, null));
        assertEquals(List.of(eventId), ids(timeline.path("pinned")));
        assertEquals(List.of(eventId), ids(timeline.path("items")), "threads only; replies stay in their thread");
        assertTrue(timeline.path("items").path(0).path("read").asBoolean());
        assertEquals(204, api.send("DELETE", "/projects/" + id + "/posts/" + eventId + "/pin", doctor, null).statusCode());
        assertNull(ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts", pharmacist, null)).get("pinned"));

        // the event is over: answers are closed
        system.clients().dynamoDb().updateItem(request -> request.tableName(system.resources().tableName("DomainTable"))
                .key(Keys.projectPost(id, eventId)).updateExpression("SET #event.#ends = :past")
                .expressionAttributeNames(Map.of("#event", "event", "#ends", "endsAt"))
                .expressionAttributeValues(Map.of(":past", AttributeValue.fromS(Instant.now().minusSeconds(60).toString()))));
        assertEquals("EVENT_ANSWER_REFUSED", ApiClient.problemCode(api.send("PUT", "/projects/" + id + "/posts/" + eventId
                + "/attendance", pharmacist, "{\"answer\":\"attend\"}")));
    }

    @Test
    void searchFindsPostsAndRepliesByTheirWordsWhateverTheirWidthOrKana() {
        String owner = api.admitFacility("ひなた訪問看護", "ヒナタホウモンカンゴ", "Hinata-Admin-2026").adminToken();
        String id = create(owner, "褥瘡ケア勉強会", "information_exchange", "invitation");
        String first = post(owner, id, text("褥瘡ケアの勉強会を開きます"));
        String zoom = post(owner, id, text("ZOOMのURLは後で送ります"));
        String question = post(owner, id, reply("じょくそうの写真の撮り方も知りたいです", first));
        assertEquals(List.of(zoom), ids(search(owner, id, "ｚｏｏｍ", "").path("items")));
        assertEquals(List.of(question), ids(search(owner, id, "ジョクソウ", "").path("items")), "replies are searched too");
        assertEquals(List.of(question, zoom), ids(search(owner, id, "の", "&limit=2").path("items")), "newest first");
        assertEquals(List.of(), ids(search(owner, id, "感染対策", "").path("items")));

        List<String> reports = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            reports.add(0, post(owner, id, text("訪問報告 " + i)));
        }
        List<String> found = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = search(owner, id, "訪問報告", "&limit=5" + cursor);
            found.addAll(ids(page.path("items")));
            cursor = page.hasNonNull("nextCursor") ? "&cursor=" + page.path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertEquals(reports, found, "newest first, page after page");
        assertEquals(3, pages);

        JsonNode threads = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts?limit=10", owner, null));
        assertEquals(reports.subList(0, 10), ids(threads.path("items")));
        JsonNode rest = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts?limit=10&cursor="
                + threads.path("nextCursor").asText(), owner, null));
        assertEquals(List.of(reports.get(10), reports.get(11), zoom, first), ids(rest.path("items")));
    }

    private JsonNode search(String token, String project, String words, String more) {
        return ApiClient.expect(200, api.send("GET", "/projects/" + project + "/posts?q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8) + more, token, null));
    }

    @Test
    void theSecretariatsAnnouncementsReachEveryUserOfTheNetwork() {
        ApiClient city = ApiClient.inNewNetwork(system, "projectnet", "全員確認市");
        String operator = city.operatorToken();
        ApiClient.Admitted clinic = city.admitFacility("みなと診療所", "ミナトシンリョウジョ", "Minato-Admin-2026");
        String member = clinic.adminToken();
        assertEquals("FORBIDDEN", ApiClient.problemCode(city.send("POST", "/projects", member,
                "{\"name\":\"全員\",\"kind\":\"other\",\"admission\":\"network\"}")), "only the operators make such projects");
        JsonNode project = ApiClient.expect(201, city.send("POST", "/projects", operator,
                "{\"name\":\"事務局からのお知らせ\",\"kind\":\"administrative_contact\",\"admission\":\"network\"}"));
        String id = project.path("id").asText();
        assertEquals("administrator", project.path("myRole").asText());
        assertFalse(project.has("memberCount"));

        JsonNode mine = listed(member, id);
        assertTrue(mine != null && mine.path("myRole").asText().equals("member"), "every user of the network is a member");
        assertEquals(0, mine.path("unread").asLong());
        String notice = post(operator, id, text("年末年始の窓口のお知らせ"));
        assertEquals(1, unread(member, id));
        assertEquals("FORBIDDEN", ApiClient.problemCode(city.send("POST", "/projects/" + id + "/posts", member, text("質問です"))),
                "the operators start the threads");
        post(member, id, reply("承知しました", notice));
        assertEquals(1, unread(operator, id));
        ApiClient.expect(200, city.send("POST", "/projects/" + id + "/posts/" + notice + "/read", member, null));
        assertEquals(0, unread(member, id));

        assertEquals("PROJECT_MEMBERSHIP_FIXED", ApiClient.problemCode(city.send("DELETE", "/projects/" + id + "/members/"
                + clinic.adminId(), member, null)), "nobody leaves");
        assertEquals("PROJECT_MEMBERSHIP_FIXED", ApiClient.problemCode(city.send("POST", "/projects/" + id + "/members",
                operator, "{\"userId\":\"" + clinic.adminId() + "\"}")));
        JsonNode members = ApiClient.expect(200, city.send("GET", "/projects/" + id + "/members", member, null));
        assertTrue(members.path("everyUserOfNetwork").asBoolean());
        assertEquals(0, members.path("items").size());

        ApiClient.Admitted newcomer = city.admitFacility("みなと薬局", "ミナトヤッキョク", "Minato-Pharma-2026");
        assertEquals(2, unread(newcomer.adminToken(), id), "a new user has the announcements to read");
        String nurse = system.signIn(DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        assertEquals("PROJECT_UNKNOWN", ApiClient.problemCode(city.send("GET", "/projects/" + id, nurse, null)),
                "users of another network do not see it");
        assertNull(listed(nurse, id));
    }

    @Test
    void theOwnerAndAdministratorsKeepTheMembersAndTheOwnerStaysUntilHandingOver() {
        ApiClient.Admitted station = api.admitFacility("かえで訪問看護", "カエデホウモンカンゴ", "Kaede-Admin-2026");
        String owner = station.adminToken();
        ApiClient.Issued colleagueId = api.issue(station.facilityId(), owner, "楓 二郎", "カエデ ジロウ");
        String colleague = SharedSystem.firstSignIn(system, colleagueId.userId(), colleagueId.temporaryPassword(), "Kaede-Colleague-2026");
        ApiClient.Issued thirdId = api.issue(station.facilityId(), owner, "楓 三郎", "カエデ サブロウ");
        String third = SharedSystem.firstSignIn(system, thirdId.userId(), thirdId.temporaryPassword(), "Kaede-Third-2026");
        String id = create(owner, "ケアマネ連絡会", "administrative_contact", "invitation");
        String members = "/projects/" + id + "/members";

        assertEquals("PROJECT_UNKNOWN", ApiClient.problemCode(api.send("GET", "/projects/" + id, colleague, null)),
                "an invitation project is not seen from outside");
        ApiClient.expect(201, api.send("POST", members, owner, "{\"userId\":\"" + colleagueId.userId() + "\"}"));
        assertEquals(403, api.send("POST", members, colleague, "{\"userId\":\"" + thirdId.userId() + "\"}").statusCode());
        assertEquals("administrator", ApiClient.expect(200, api.send("PATCH", members + "/" + colleagueId.userId(), owner,
                "{\"role\":\"administrator\"}")).path("role").asText());
        ApiClient.expect(201, api.send("POST", members, colleague, "{\"userId\":\"" + thirdId.userId() + "\"}"));
        ApiClient.expect(200, api.send("GET", "/projects/" + id, third, null));
        assertEquals(403, api.send("PATCH", members + "/" + thirdId.userId(), colleague, "{\"role\":\"administrator\"}").statusCode(),
                "roles are the owner's to give");
        assertEquals(204, api.send("DELETE", members + "/" + thirdId.userId(), colleague, null).statusCode());
        assertEquals(404, api.send("GET", "/projects/" + id, third, null).statusCode(), "a removed member sees nothing");

        assertEquals("PROJECT_OWNER_STAYS", ApiClient.problemCode(api.send("DELETE", members + "/" + station.adminId(), owner, null)));
        assertEquals("PROJECT_OWNER_STAYS", ApiClient.problemCode(api.send("DELETE", members + "/" + station.adminId(), colleague, null)));
        ApiClient.expect(200, api.send("PATCH", members + "/" + colleagueId.userId(), owner, "{\"role\":\"owner\"}"));
        JsonNode handedOver = ApiClient.expect(200, api.send("GET", members, owner, null));
        assertEquals(List.of(colleagueId.userId(), station.adminId()), handedOver.path("items").findValuesAsText("userId"),
                "the owner first");
        assertEquals(List.of("owner", "administrator"), handedOver.path("items").findValuesAsText("role"));
        assertEquals(colleagueId.userId(), ApiClient.expect(200, api.send("GET", "/projects/" + id, owner, null)).path("ownerId").asText());
        assertEquals(204, api.send("DELETE", members + "/" + station.adminId(), owner, null).statusCode(), "the former owner leaves");
        assertEquals(1, ApiClient.expect(200, api.send("GET", "/projects/" + id, colleague, null)).path("memberCount").asInt());

        ApiClient.expect(200, api.send("POST", "/users/" + thirdId.userId() + "/suspension", owner, null));
        JsonNode refused = ApiClient.expect(400, api.send("POST", members, colleague, "{\"userId\":\"" + thirdId.userId() + "\"}"));
        assertEquals("userId", refused.path("errors").path(0).path("field").asText(), "a suspended user is not added");
        JsonNode foreign = ApiClient.expect(400, api.send("POST", members, colleague, "{\"userId\":\"" + DemoSeed.NURSE + "\"}"));
        assertTrue(foreign.path("errors").path(0).path("message").asText().contains("連携協定"));
    }

    @Test
    void usersOfAnAgreedNetworkTakePartWhileTheAgreementIsInForce() {
        ApiClient home = ApiClient.inNewNetwork(system, "projecthome", "協定元確認市");
        ApiClient partner = ApiClient.inNewNetwork(system, "projectpartner", "協定先確認市");
        String owner = home.admitFacility("ほしの診療所", "ホシノシンリョウジョ", "Hoshino-Admin-2026").adminToken();
        ApiClient.Admitted guest = partner.admitFacility("ほしの薬局", "ホシノヤッキョク", "Hoshino-Pharma-2026");
        String id = create(owner, "広域の地域ケア会議", "community_care_meeting", "open");
        assertEquals(404, home.send("GET", "/projects/" + id, guest.adminToken(), null).statusCode(),
                "an open project is for its own network");
        assertEquals(400, home.send("POST", "/projects/" + id + "/members", owner, "{\"userId\":\"" + guest.adminId() + "\"}").statusCode(),
                "no agreement yet");
        String agreement = ApiClient.expect(201, home.send("POST", "/networks/projecthome/agreements", home.operatorToken(),
                "{\"partnerNetworkId\":\"projectpartner\",\"title\":\"広域連携\"}")).path("id").asText();
        ApiClient.expect(200, partner.send("POST", "/networks/projectpartner/agreements/" + agreement + "/acceptance",
                partner.operatorToken(), null));
        ApiClient.expect(201, home.send("POST", "/projects/" + id + "/members", owner, "{\"userId\":\"" + guest.adminId() + "\"}"));
        post(guest.adminToken(), id, text("協定先の薬局から参加します"));
        assertTrue(listed(guest.adminToken(), id) != null);

        ApiClient.expect(200, home.send("DELETE", "/networks/projecthome/agreements/" + agreement, home.operatorToken(), null));
        assertEquals("PROJECT_UNKNOWN", ApiClient.problemCode(home.send("GET", "/projects/" + id + "/posts", guest.adminToken(), null)));
        assertNull(listed(guest.adminToken(), id), "the project leaves the guest's list when the agreement ends");
        assertTrue(ApiClient.expect(200, home.send("GET", "/projects/" + id + "/members", owner, null)).path("items")
                .findValuesAsText("userId").contains(guest.adminId()), "the owner still sees whom to remove");
    }

    @Test
    void aCorrectionKeepsTheReplacedVersionAndTheThreadsReplies() {
        ApiClient.Admitted station = api.admitFacility("すずらん訪問看護", "スズランホウモンカンゴ", "Suzuran-Admin-2026");
        String author = station.adminToken();
        ApiClient.Issued colleagueId = api.issue(station.facilityId(), author, "鈴蘭 花子", "スズラン ハナコ");
        String colleague = SharedSystem.firstSignIn(system, colleagueId.userId(), colleagueId.temporaryPassword(), "Suzuran-Colleague-2026");
        String id = create(author, "情報交換会", "information_exchange", "invitation");
        ApiClient.expect(201, api.send("POST", "/projects/" + id + "/members", author, "{\"userId\":\"" + colleagueId.userId() + "\"}"));
        String root = post(author, id, text("次回は12月10日です"));
        post(colleague, id, reply("参加します", root));
        String path = "/projects/" + id + "/posts/" + root;

        assertEquals(403, api.send("POST", path + "/corrections", colleague, "{\"text\":\"x\",\"reason\":\"誤り\"}").statusCode(),
                "only the author corrects");
        JsonNode corrected = ApiClient.expect(201, api.send("POST", path + "/corrections", author,
                "{\"text\":\"次回は12月17日です\",\"reason\":\"日付の誤り\"}"));
        assertEquals(2, corrected.path("version").asInt());
        assertEquals(1, corrected.path("replyCount").asInt(), "the replies counted meanwhile stay");
        JsonNode read = ApiClient.expect(200, api.send("GET", path, colleague, null));
        assertEquals("次回は12月17日です", read.path("text").asText());
        assertEquals("次回は12月10日です", read.path("history").path(0).path("text").asText(), "the original stays readable");
        assertEquals("日付の誤り", read.path("history").path(0).path("correction").path("reason").asText());
        assertEquals(1, read.path("replies").size());
        assertEquals(List.of("次回は12月17日です"), ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts", author, null))
                .path("items").findValuesAsText("text"), "the timeline shows the current version once");
        assertEquals(0, search(author, id, "12月10日", "").path("items").size(), "search reads the current text");

        JsonNode project = ApiClient.expect(200, api.send("PATCH", "/projects/" + id, author,
                "{\"version\":1,\"name\":\"すずらん情報交換会\",\"admission\":\"open\"}"));
        assertEquals(2, project.path("version").asLong());
        assertEquals("open", project.path("admission").asText());
        assertEquals("CONFLICT", ApiClient.problemCode(api.send("PATCH", "/projects/" + id, author, "{\"version\":1,\"name\":\"古い版\"}")));
        assertEquals(403, api.send("PATCH", "/projects/" + id, colleague, "{\"version\":2,\"name\":\"メンバーの変更\"}").statusCode());
        assertEquals(2, ApiClient.expect(200, api.send("GET", "/projects/" + id, author, null)).path("memberCount").asInt(),
                "a change of details keeps the counters");
    }

    @Test
    void noProjectNamesAPatientAndNothingIsWrittenWhenOneTries() {
        ApiClient.Admitted station = api.admitFacility("つくし訪問看護", "ツクシホウモンカンゴ", "Tsukushi-Admin-2026");
        String nurse = station.adminToken();
        String patient = api.registerPatient(nurse, "土筆 太郎", "ツクシ タロウ");
        String id = create(nurse, "つくし勉強会", "training", "invitation");
        String posts = "/projects/" + id + "/posts";
        var before = SharedSystem.domainSnapshot(system);
        for (String body : List.of("{\"text\":\"" + patient + " さんの件\"}",
                "{\"text\":\"相談です\",\"patientId\":\"" + patient + "\"}",
                "{\"text\":\"https://igeta.example/patients/" + patient + "/posts を見てください\"}",
                "{\"text\":\"研修\",\"event\":{\"startsAt\":\"" + inDays(3, "14:00") + "\",\"place\":\"" + patient + " 宅\"}}")) {
            JsonNode problem = ApiClient.expect(400, api.send("POST", posts, nurse, body));
            assertTrue(problem.path("errors").path(0).path("message").asText().contains("連絡帳"), problem.toString());
        }
        ApiClient.expect(400, api.send("POST", "/projects", nurse, "{\"name\":\"" + patient + "\",\"kind\":\"other\"}"));
        assertEquals(before, SharedSystem.domainSnapshot(system), "nothing was written");
        String attachment = api.uploadAttachment(nurse, patient, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        before = SharedSystem.domainSnapshot(system);
        assertEquals("attachmentIds", ApiClient.expect(400, api.send("POST", posts, nurse,
                "{\"text\":\"写真\",\"attachmentIds\":[\"" + attachment + "\"]}")).path("errors").path(0).path("field").asText(),
                "a patient's file is not a project's");
        assertEquals(before, SharedSystem.domainSnapshot(system), "nothing was written");
    }

    @Test
    void aProjectsFilesAreForItsMembers() {
        ApiClient.Admitted station = api.admitFacility("もみじ訪問看護", "モミジホウモンカンゴ", "Momiji-Admin-2026");
        String owner = station.adminToken();
        String id = create(owner, "もみじ研修会", "training", "invitation");
        byte[] pdf = "%PDF-1.4\n% slides\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        JsonNode upload = ApiClient.expect(201, api.send("POST", "/projects/" + id + "/attachments", owner,
                "{\"contentType\":\"application/pdf\",\"bytes\":" + pdf.length + "}"));
        String attachment = upload.path("attachmentId").asText();
        assertTrue(upload.path("uploadUrl").asText().contains("/projects/" + id + "/attachments/"), "keyed under the project");
        api.putFile(upload.path("uploadUrl").asText(), "application/pdf", pdf);
        JsonNode posted = ApiClient.expect(201, api.send("POST", "/projects/" + id + "/posts", owner,
                "{\"attachmentIds\":[\"" + attachment + "\"]}"));
        assertEquals(attachment, posted.path("attachmentIds").path(0).asText());
        assertFalse(posted.has("text"), "a file alone makes a post");
        JsonNode download = ApiClient.expect(200, api.send("GET", "/projects/" + id + "/attachments/" + attachment, owner, null));
        assertEquals(pdf.length, download.path("bytes").asLong());
        assertEquals("application/pdf", download.path("contentType").asText());
        String outsider = api.admitFacility("もみじ薬局", "モミジヤッキョク", "Momiji-Pharma-2026").adminToken();
        assertEquals("PROJECT_UNKNOWN", ApiClient.problemCode(api.send("GET", "/projects/" + id + "/attachments/" + attachment,
                outsider, null)));
        assertEquals("ATTACHMENT_UNKNOWN", ApiClient.problemCode(api.send("GET", "/projects/" + id + "/attachments/"
                + DemoPatients.ANKLE_PHOTO, owner, null)));
    }

    @Test
    void postsLiveFiveYearsAndTheAuditLogKeepsWhoDidWhatButNoWordOfIt() {
        ApiClient.Admitted station = api.admitFacility("あさひ訪問看護", "アサヒホウモンカンゴ", "Asahi-Admin-2026");
        String owner = station.adminToken();
        String id = create(owner, "あさひ情報交換", "information_exchange", "invitation");
        String kept = post(owner, id, text("看取りの事例を共有します"));
        String old = post(owner, id, text("五年前の連絡事項です"));
        // as if five years had passed for this post: its expiry is now, and TTL has not deleted it yet
        system.clients().dynamoDb().updateItem(request -> request.tableName(system.resources().tableName("DomainTable"))
                .key(Keys.projectPost(id, old)).updateExpression("SET expiresAt = :now")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond())))));
        assertEquals(List.of(kept), ids(ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts", owner, null)).path("items")));
        assertEquals(404, api.send("GET", "/projects/" + id + "/posts/" + old, owner, null).statusCode());
        ApiClient.expect(200, api.send("GET", "/projects/" + id + "/posts/" + kept, owner, null));
        assertEquals(0, search(owner, id, "連絡事項", "").path("items").size());
        assertEquals(400, api.send("POST", "/projects/" + id + "/posts", owner, reply("返信", old)).statusCode(),
                "an expired post takes no replies");

        List<Map<String, AttributeValue>> events = system.clients().dynamoDb().scanPaginator(request -> request
                        .tableName(system.resources().tableName("AuditTable"))).items().stream()
                .filter(item -> item.containsKey("targetId") && item.get("targetId").s().equals(id)).toList();
        List<String> actions = events.stream().map(event -> event.get("action").s()).toList();
        assertTrue(actions.containsAll(List.of("project.created", "project-post.created", "project-post.timeline-read",
                "project-post.read", "project-post.searched")), actions.toString());
        for (Map<String, AttributeValue> event : events) {
            for (String word : List.of("看取り", "連絡事項", "あさひ情報交換")) {
                assertFalse(event.toString().contains(word), "content in the audit log: " + event);
            }
        }
        JsonNode byUser = ApiClient.expect(200, api.send("GET", "/audit-events?userId=" + station.adminId() + "&limit=100",
                api.operatorToken(), null));
        assertTrue(byUser.path("items").findValuesAsText("action").contains("project-post.created"), byUser.toString());
    }

    @Test
    void theDemoProjectsAnswerTheirSampleEventsThroughTheHandler() {
        var projects = system.function("ProjectsFunction");
        JsonNode mine = Events.body(projects.invoke(Events.load("projects/list-projects--member.json")));
        assertEquals(List.of("事務局からのお知らせ", "西尾市 多職種連携研修会"), mine.path("items").findValuesAsText("name").subList(0, 2));
        JsonNode event = Events.body(projects.invoke(Events.load("projects/get-project-post--member.json")));
        assertEquals(3, event.path("answers").size(), "the seeded answers");
        assertEquals(2, event.path("replies").size());
        assertTrue(event.path("pinned").asBoolean());
        assertEquals(200, projects.invoke(Events.load("projects/get-project--member.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/list-open-projects--pharmacist.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/read-project-timeline--member.json")).getStatusCode());
        JsonNode searched = Events.body(projects.invoke(Events.load("projects/search-project-posts--member.json")));
        assertEquals(1, searched.path("items").size(), "the survey results");
        assertEquals(200, projects.invoke(Events.load("projects/list-project-members--member.json")).getStatusCode());
        assertEquals(201, projects.invoke(Events.load("projects/create-project-post--member.json")).getStatusCode());
        var eventPost = Events.load("projects/create-project-event--member.json");
        // the sample names a fixed day; here it is moved a month ahead, so that the event is never over
        eventPost.setBody(eventPost.getBody().replace("2027-11-18", LocalDateTime.now(JAPAN).plusDays(30).toLocalDate().toString()));
        assertEquals(201, projects.invoke(eventPost).getStatusCode());
        assertEquals(201, projects.invoke(Events.load("projects/reply-to-project-post--pharmacist.json")).getStatusCode());
        assertEquals(201, projects.invoke(Events.load("projects/correct-project-post--member.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/mark-project-post-read--member.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/get-project-post-readers--member.json")).getStatusCode());
        assertEquals(204, projects.invoke(Events.load("projects/pin-project-post--member.json")).getStatusCode());
        assertEquals(204, projects.invoke(Events.load("projects/unpin-project-post--member.json")).getStatusCode());
        JsonNode answered = Events.body(projects.invoke(Events.load("projects/answer-project-event--member.json")));
        assertEquals("absent", answered.path("myAnswer").asText());
        assertEquals(201, projects.invoke(Events.load("projects/start-project-attachment--member.json")).getStatusCode());
        JsonNode flyer = Events.body(projects.invoke(Events.load("projects/download-project-attachment--member.json")));
        assertEquals("application/pdf", flyer.path("contentType").asText());
        assertEquals(201, projects.invoke(Events.load("projects/add-project-member--member.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/change-project-member-role--facility-admin.json")).getStatusCode());
        assertEquals(204, projects.invoke(Events.load("projects/leave-project--pharmacist.json")).getStatusCode());
        assertEquals(200, projects.invoke(Events.load("projects/change-project--facility-admin.json")).getStatusCode());
        assertEquals(201, projects.invoke(Events.load("projects/create-project--member.json")).getStatusCode());
        assertEquals(201, projects.invoke(Events.load("projects/create-network-project--operator.json")).getStatusCode());
    }
}
