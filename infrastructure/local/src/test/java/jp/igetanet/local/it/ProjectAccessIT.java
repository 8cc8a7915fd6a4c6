package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every project route × every kind of caller the project rule tells apart × the three ways of admission, through the
 * local gateway with real tokens. Outside a project the answer is 404 {@code PROJECT_UNKNOWN}, exactly as for a
 * project that does not exist; a user of the network visiting an open project may only see it (403 otherwise); members
 * take part, administrators administer, the owner gives roles, the author corrects; a network-wide project is every
 * user's of the network and nobody's to join or leave. Refused requests write nothing.
 */
@ExtendWith(LocalSystemExtension.class)
class ProjectAccessIT {

    /** Who calls, as the project rule tells them apart. */
    enum Viewer {
        OWNER, PROJECT_ADMINISTRATOR, MEMBER, SAME_NETWORK_NON_MEMBER, OPERATOR, OTHER_NETWORK, AGREED_NETWORK_MEMBER,
        FORMER_AGREED_MEMBER, SUSPENDED_MEMBER
    }

    /** What a viewer is in one project. */
    enum Level { NONE, VISITOR, MEMBER, ADMINISTRATOR, OWNER }

    /** What a route asks of its caller. */
    enum Need { SEE, TAKE_PART, ADMINISTER, OWN, AUTHOR, START_THREAD }

    private static final String PASSWORD = "Project-Access-2026";
    private static final String UNKNOWN_PROJECT = "01KZZZZZZZZZZZZZZZZZZZZZZZ";

    private final LocalSystem system;
    private final ApiClient home;
    private final Map<Viewer, String> tokens = new EnumMap<>(Viewer.class);
    private final Map<Viewer, String> userIds = new EnumMap<>(Viewer.class);
    /** A user of the home network per viewer, whom that viewer adds, changes or removes. */
    private final Map<Viewer, String> spares = new EnumMap<>(Viewer.class);

    ProjectAccessIT(LocalSystem system) {
        this.system = system;
        this.home = ApiClient.inNewNetwork(system, "pa-home", "プロジェクト権限確認市");
    }

    /** One route: what it needs, the status it answers on success, whether network-wide membership is fixed for it. */
    private record Rule(String routeKey, Need need, int success, boolean membershipFixed,
                        BiFunction<World, Viewer, Call> call, java.util.function.Consumer<World> prepare) {
    }

    private record Call(String path, String body) {
    }

    /** A project made for one route and one way of admission, with its people and what the route acts on. */
    private record World(String admission, String projectId, Map<String, String> ids) {

        String path() {
            return "/projects/" + projectId;
        }
    }

    @Test
    void projectRoutesAnswerEveryKindOfCallerAsTheProjectRuleSaysAndLeakNothing() throws InterruptedException {
        people();
        List<Rule> rules = rules();
        Set<String> projectRoutes = system.routes().stream().map(Route::routeKey)
                .filter(key -> key.contains(" /projects/{projectId}")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(projectRoutes, rules.stream().map(Rule::routeKey).collect(Collectors.toCollection(TreeSet::new)),
                "a rule for every project route of template.yaml");

        String formerAgreement = agreement("pa-former");
        List<Map.Entry<Rule, World>> cases = new ArrayList<>();
        for (Rule rule : rules) {
            for (String admission : List.of("invitation", "open", "network")) {
                World world = world(admission);
                rule.prepare().accept(world);
                cases.add(Map.entry(rule, world));
            }
        }
        // the former partner's members were added while the agreement was in force; now it has ended
        ApiClient.expect(200, home.send("DELETE", "/networks/pa-home/agreements/" + formerAgreement, home.operatorToken(), null));
        ApiClient.expect(200, home.send("POST", "/users/" + userIds.get(Viewer.SUSPENDED_MEMBER) + "/suspension",
                home.operatorToken(), null));
        Thread.sleep(5_100);

        JsonNode unknown = ApiClient.json(home.send("GET", "/projects/" + UNKNOWN_PROJECT, tokens.get(Viewer.MEMBER), null));
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        int refused = 0;
        for (Map.Entry<Rule, World> entry : cases) {
            Rule rule = entry.getKey();
            World world = entry.getValue();
            String method = rule.routeKey().substring(0, rule.routeKey().indexOf(' '));
            Map<Viewer, Integer> expected = new EnumMap<>(Viewer.class);
            for (Viewer viewer : Viewer.values()) {
                expected.put(viewer, expected(rule, viewer, world.admission()));
            }
            List<Viewer> refusalsFirst = expected.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> Boolean.compare(a < 400, b < 400)))
                    .map(Map.Entry::getKey).toList();
            Map<String, Map<String, AttributeValue>> before = SharedSystem.domainSnapshot(system);
            boolean checked = false;
            for (Viewer viewer : refusalsFirst) {
                int status = expected.get(viewer);
                if (status < 400 && !checked) {
                    checked = true;
                    unchanged(before, rule, world, wrong);
                }
                Call call = rule.call().apply(world, viewer);
                HttpResponse<String> response = home.send(method, call.path(), tokens.get(viewer), call.body());
                requests++;
                String label = rule.routeKey() + " [" + world.admission() + "] as " + viewer;
                if (response.statusCode() != status) {
                    wrong.add(label + ": " + response.statusCode() + " instead of " + status + " " + response.body());
                    continue;
                }
                if (status >= 400) {
                    refused++;
                    if (!"application/problem+json".equals(response.headers().firstValue("Content-Type").orElse(""))) {
                        wrong.add(label + ": a refusal without problem+json");
                    } else if (status == 404 && !sameAsUnknown(ApiClient.json(response), unknown)) {
                        wrong.add(label + ": a 404 unlike an unknown project's " + response.body());
                    }
                }
            }
            if (!checked) {
                unchanged(before, rule, world, wrong);
            }
        }
        System.out.println("Project routes: " + requests + " requests (" + refused + " refused) by " + Viewer.values().length
                + " kinds of caller on " + rules.size() + " routes × 3 ways of admission");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void unchanged(Map<String, Map<String, AttributeValue>> before, Rule rule, World world, List<String> wrong) {
        Map<String, Map<String, AttributeValue>> after = SharedSystem.domainSnapshot(system);
        if (!before.equals(after)) {
            wrong.add(rule.routeKey() + " [" + world.admission() + "]: a refused request changed the domain table at "
                    + after.keySet().stream().filter(key -> !after.get(key).equals(before.get(key))).toList());
        }
    }

    /** A 404 that tells nothing: the same code, title and detail as for a project id that was never issued. */
    private static boolean sameAsUnknown(JsonNode problem, JsonNode unknown) {
        return problem.path("code").asText().equals("PROJECT_UNKNOWN")
                && problem.path("title").equals(unknown.path("title")) && problem.path("detail").equals(unknown.path("detail"));
    }

    private static Level level(Viewer viewer, String admission) {
        if (admission.equals("network")) {
            return switch (viewer) {
                case OPERATOR -> Level.ADMINISTRATOR;
                case OWNER, PROJECT_ADMINISTRATOR, MEMBER, SAME_NETWORK_NON_MEMBER, SUSPENDED_MEMBER -> Level.MEMBER;
                case OTHER_NETWORK, AGREED_NETWORK_MEMBER, FORMER_AGREED_MEMBER -> Level.NONE;
            };
        }
        return switch (viewer) {
            case OWNER -> Level.OWNER;
            case PROJECT_ADMINISTRATOR -> Level.ADMINISTRATOR;
            case MEMBER, AGREED_NETWORK_MEMBER, SUSPENDED_MEMBER -> Level.MEMBER;
            case SAME_NETWORK_NON_MEMBER, OPERATOR -> admission.equals("open") ? Level.VISITOR : Level.NONE;
            case OTHER_NETWORK, FORMER_AGREED_MEMBER -> Level.NONE;
        };
    }

    private static int expected(Rule rule, Viewer viewer, String admission) {
        if (viewer == Viewer.SUSPENDED_MEMBER) {
            return 403;
        }
        Level level = level(viewer, admission);
        if (level == Level.NONE) {
            return 404;
        }
        boolean networkWide = admission.equals("network");
        if (networkWide && rule.membershipFixed()) {
            return 409;
        }
        boolean takesPart = level != Level.VISITOR;
        boolean administers = level == Level.ADMINISTRATOR || level == Level.OWNER;
        boolean author = networkWide ? viewer == Viewer.OPERATOR : viewer == Viewer.OWNER;
        boolean allowed = switch (rule.need()) {
            case SEE -> true;
            case TAKE_PART -> takesPart;
            case ADMINISTER -> administers;
            case OWN -> level == Level.OWNER;
            case AUTHOR -> takesPart && author;
            case START_THREAD -> takesPart && (!networkWide || administers);
        };
        return allowed ? rule.success() : 403;
    }

    /** The people: the home network's users, its operator, and users of a partner, a former partner and a stranger. */
    private void people() {
        ApiClient.Admitted station = home.admitFacility("権限確認訪問看護", "ケンゲンカクニンホウモンカンゴ", PASSWORD);
        tokens.put(Viewer.OWNER, station.adminToken());
        userIds.put(Viewer.OWNER, station.adminId());
        for (Viewer viewer : List.of(Viewer.PROJECT_ADMINISTRATOR, Viewer.MEMBER, Viewer.SAME_NETWORK_NON_MEMBER,
                Viewer.SUSPENDED_MEMBER)) {
            ApiClient.Issued issued = home.issue(station.facilityId(), station.adminToken(), "確認 " + viewer.ordinal(), "カクニン");
            tokens.put(viewer, SharedSystem.firstSignIn(system, issued.userId(), issued.temporaryPassword(), PASSWORD));
            userIds.put(viewer, issued.userId());
        }
        for (Viewer viewer : Viewer.values()) {
            spares.put(viewer, home.issue(station.facilityId(), station.adminToken(), "予備 " + viewer.ordinal(), "ヨビ").userId());
        }
        tokens.put(Viewer.OPERATOR, home.operatorToken());
        userIds.put(Viewer.OPERATOR, home.operatorId());
        ApiClient.Admitted stranger = ApiClient.inNewNetwork(system, "pa-other", "協定なし確認市")
                .admitFacility("協定なしの施設", "キョウテイナシノシセツ", PASSWORD);
        tokens.put(Viewer.OTHER_NETWORK, stranger.adminToken());
        userIds.put(Viewer.OTHER_NETWORK, stranger.adminId());
        ApiClient.Admitted partner = ApiClient.inNewNetwork(system, "pa-agreed", "協定先確認市")
                .admitFacility("協定先の施設", "キョウテイサキノシセツ", PASSWORD);
        tokens.put(Viewer.AGREED_NETWORK_MEMBER, partner.adminToken());
        userIds.put(Viewer.AGREED_NETWORK_MEMBER, partner.adminId());
        agreement("pa-agreed");
        ApiClient.Admitted former = ApiClient.inNewNetwork(system, "pa-former", "協定終了確認市")
                .admitFacility("協定終了の施設", "キョウテイシュウリョウノシセツ", PASSWORD);
        tokens.put(Viewer.FORMER_AGREED_MEMBER, former.adminToken());
        userIds.put(Viewer.FORMER_AGREED_MEMBER, former.adminId());
        // each token's first request notes its sign-in: made here, so that no refused request writes that note
        tokens.values().forEach(token -> home.send("GET", "/me", token, null));
    }

    /** An agreement of the home network with the partner, in force; its id. */
    private String agreement(String partnerNetworkId) {
        ApiClient partner = ApiClient.inNewNetwork(system, partnerNetworkId, "");
        String id = ApiClient.expect(201, home.send("POST", "/networks/pa-home/agreements", home.operatorToken(),
                "{\"partnerNetworkId\":\"" + partnerNetworkId + "\",\"title\":\"権限確認の協定\"}")).path("id").asText();
        ApiClient.expect(200, partner.send("POST", "/networks/" + partnerNetworkId + "/agreements/" + id + "/acceptance",
                partner.operatorToken(), null));
        return id;
    }

    /** A project of the home network with its administrator and members (a network-wide one is the operator's). */
    private World world(String admission) {
        boolean networkWide = admission.equals("network");
        String creator = tokens.get(networkWide ? Viewer.OPERATOR : Viewer.OWNER);
        String id = ApiClient.expect(201, home.send("POST", "/projects", creator, "{\"name\":\"権限確認\",\"kind\":\"other\","
                + "\"admission\":\"" + admission + "\"}")).path("id").asText();
        World world = new World(admission, id, new HashMap<>());
        if (!networkWide) {
            for (Viewer viewer : List.of(Viewer.PROJECT_ADMINISTRATOR, Viewer.MEMBER, Viewer.AGREED_NETWORK_MEMBER,
                    Viewer.FORMER_AGREED_MEMBER, Viewer.SUSPENDED_MEMBER)) {
                add(world, userIds.get(viewer));
            }
            ApiClient.expect(200, home.send("PATCH", world.path() + "/members/" + userIds.get(Viewer.PROJECT_ADMINISTRATOR),
                    creator, "{\"role\":\"administrator\"}"));
        }
        return world;
    }

    private void add(World world, String userId) {
        ApiClient.expect(201, home.send("POST", world.path() + "/members", tokens.get(Viewer.OWNER),
                "{\"userId\":\"" + userId + "\"}"));
    }

    /** The author of a world's posts: its owner, or the operator in a network-wide project. */
    private String author(World world) {
        return tokens.get(world.admission().equals("network") ? Viewer.OPERATOR : Viewer.OWNER);
    }

    private java.util.function.Consumer<World> withPost() {
        return world -> world.ids().put("post", ApiClient.expect(201, home.send("POST", world.path() + "/posts",
                author(world), "{\"text\":\"権限確認の投稿\"}")).path("id").asText());
    }

    private java.util.function.Consumer<World> withEvent() {
        String day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14).toString();
        return world -> world.ids().put("post", ApiClient.expect(201, home.send("POST", world.path() + "/posts",
                author(world), "{\"text\":\"権限確認の研修会\",\"event\":{\"startsAt\":\"" + day + "T18:30\"}}")).path("id").asText());
    }

    /** Every viewer's spare user is a member, to be changed or removed by that viewer (not in a network-wide one). */
    private java.util.function.Consumer<World> withSpares() {
        return world -> {
            if (!world.admission().equals("network")) {
                spares.values().forEach(spare -> add(world, spare));
            }
        };
    }

    private java.util.function.Consumer<World> withAttachment() {
        return world -> {
            JsonNode upload = ApiClient.expect(201, home.send("POST", world.path() + "/attachments", author(world),
                    "{\"contentType\":\"application/pdf\",\"bytes\":4}"));
            home.putFile(upload.path("uploadUrl").asText(), "application/pdf", new byte[]{'%', 'P', 'D', 'F'});
            world.ids().put("attachment", upload.path("attachmentId").asText());
        };
    }

    private static java.util.function.Consumer<World> nothing() {
        return world -> { };
    }

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("GET /projects/{projectId}", Need.SEE, 200, false, (w, v) -> new Call(w.path(), null), nothing()));
        rules.add(new Rule("PATCH /projects/{projectId}", Need.ADMINISTER, 200, false,
                (w, v) -> new Call(w.path(), "{\"version\":" + version(w) + ",\"description\":\"" + v + " の変更\"}"), nothing()));
        rules.add(new Rule("GET /projects/{projectId}/members", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/members", null), nothing()));
        rules.add(new Rule("POST /projects/{projectId}/members", Need.ADMINISTER, 201, true,
                (w, v) -> new Call(w.path() + "/members", "{\"userId\":\"" + spares.get(v) + "\"}"), nothing()));
        rules.add(new Rule("PATCH /projects/{projectId}/members/{userId}", Need.OWN, 200, true,
                (w, v) -> new Call(w.path() + "/members/" + spares.get(v), "{\"role\":\"administrator\"}"), withSpares()));
        rules.add(new Rule("DELETE /projects/{projectId}/members/{userId}", Need.ADMINISTER, 204, true,
                (w, v) -> new Call(w.path() + "/members/" + spares.get(v), null), withSpares()));
        rules.add(new Rule("POST /projects/{projectId}/posts", Need.START_THREAD, 201, false,
                (w, v) -> new Call(w.path() + "/posts", "{\"text\":\"権限確認\"}"), nothing()));
        rules.add(new Rule("GET /projects/{projectId}/posts", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/posts", null), withPost()));
        rules.add(new Rule("GET /projects/{projectId}/posts/{postId}", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post"), null), withPost()));
        rules.add(new Rule("POST /projects/{projectId}/posts/{postId}/corrections", Need.AUTHOR, 201, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/corrections",
                        "{\"text\":\"権限確認（訂正）\",\"reason\":\"確認のため\"}"), withPost()));
        rules.add(new Rule("POST /projects/{projectId}/posts/{postId}/read", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/read", null), withPost()));
        rules.add(new Rule("GET /projects/{projectId}/posts/{postId}/readers", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/readers", null), withPost()));
        rules.add(new Rule("PUT /projects/{projectId}/posts/{postId}/pin", Need.ADMINISTER, 204, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/pin", null), withPost()));
        rules.add(new Rule("DELETE /projects/{projectId}/posts/{postId}/pin", Need.ADMINISTER, 204, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/pin", null),
                withPost().andThen(w -> ApiClient.expect(204, home.send("PUT", w.path() + "/posts/" + w.ids().get("post")
                        + "/pin", author(w), null)))));
        rules.add(new Rule("PUT /projects/{projectId}/posts/{postId}/attendance", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/posts/" + w.ids().get("post") + "/attendance", "{\"answer\":\"attend\"}"),
                withEvent()));
        rules.add(new Rule("POST /projects/{projectId}/attachments", Need.TAKE_PART, 201, false,
                (w, v) -> new Call(w.path() + "/attachments", "{\"contentType\":\"image/png\",\"bytes\":4}"), nothing()));
        rules.add(new Rule("GET /projects/{projectId}/attachments/{attachmentId}", Need.TAKE_PART, 200, false,
                (w, v) -> new Call(w.path() + "/attachments/" + w.ids().get("attachment"), null), withAttachment()));
        return rules;
    }

    /** The project's current version, as a client reads it before a change. */
    private long version(World world) {
        return ApiClient.expect(200, home.send("GET", world.path(), author(world), null)).path("version").asLong();
    }
}
