package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.Route;
import jp.igetanet.local.seed.DemoPortal;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of template.yaml × every kind of caller → the status it must answer, through the local gateway with
 * real Cognito tokens. Each route gets a fresh facility ("this facility") with its administrator, a member, a
 * suspended member and two staff IDs to act on. The refusals of a route run first and must change nothing in the
 * domain table; then the permitted callers act, each on its own staff ID where the action changes one.
 */
@ExtendWith(LocalSystemExtension.class)
class AuthorizationMatrixIT {

    /** Who calls. */
    enum Actor {
        PUBLIC, MEMBER, ADMIN, OTHER_ADMIN, OPERATOR, SUSPENDED_USER, SUSPENDED_FACILITY_USER, DEREGISTERED_FACILITY_USER
    }

    /** API Gateway's JWT authorizer answers 401 itself, before any function, with this body. */
    private static final String GATEWAY_UNAUTHORIZED = "{\"message\":\"Unauthorized\"}";
    private static final String ADMIN_PASSWORD = "Matrix-Admin-2026";
    private static final String MEMBER_PASSWORD = "Matrix-Member-2026";

    private final LocalSystem system;
    private final ApiClient api;
    private final Map<Actor, String> sharedTokens = new EnumMap<>(Actor.class);
    private final Map<Actor, String> sharedPasswords = new EnumMap<>(Actor.class);
    private final Map<String, Map<Actor, Integer>> answered = new LinkedHashMap<>();

    AuthorizationMatrixIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "matrix", "権限確認市");
    }

    /** A route's fresh facility and its people. */
    private record World(ApiClient.Admitted facility, String memberId, String memberToken, String suspendedToken,
                         String staffForAdmin, String staffForOperator, String pendingApplication,
                         Map<String, String> patient) {

        /** The patient the member registered in the row's preparation; the member is its care team. */
        String patientId() {
            return patient.get("id");
        }
    }

    /** One request of a cell: its path and body. */
    private record Call(String path, String body) {
    }

    /** One row: a route, the status each actor must get, the request each actor sends, and what to prepare. */
    private record Row(String routeKey, Map<Actor, Integer> expected, BiFunction<World, Actor, Call> call,
                       Consumer<World> prepare) {
    }

    @Test
    void everyRouteAnswersEveryKindOfCallerAsTheTermsSay() {
        prepareSharedActors();
        List<Row> rows = rows();
        Set<String> templateRoutes = system.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(templateRoutes, rows.stream().map(Row::routeKey).collect(Collectors.toCollection(TreeSet::new)),
                "the matrix has a row for every route of template.yaml");

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            World world = world(row.routeKey());
            row.prepare().accept(world);
            Map<String, Map<String, AttributeValue>> before = SharedSystem.domainSnapshot(system);
            List<Actor> refusedFirst = row.expected().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> Boolean.compare(a < 400, b < 400)))
                    .map(Map.Entry::getKey).toList();
            boolean refusalsDone = false;
            for (Actor actor : refusedFirst) {
                int expected = row.expected().get(actor);
                if (expected < 400 && !refusalsDone) {
                    refusalsDone = true;
                    if (!before.equals(SharedSystem.domainSnapshot(system))) {
                        wrong.add(row.routeKey() + ": a refused request changed the domain table");
                    }
                }
                Call call = row.call().apply(world, actor);
                String method = row.routeKey().startsWith("$") ? "GET" : row.routeKey().substring(0, row.routeKey().indexOf(' '));
                HttpResponse<String> response = api.send(method, call.path(), tokenOf(world, actor), call.body());
                answered.computeIfAbsent(row.routeKey(), key -> new EnumMap<>(Actor.class)).put(actor, response.statusCode());
                cells++;
                if (response.statusCode() != expected) {
                    wrong.add(row.routeKey() + " as " + actor + ": " + response.statusCode() + " instead of " + expected
                            + " " + response.body());
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                if (expected == 401 && !response.body().equals(GATEWAY_UNAUTHORIZED)) {
                    wrong.add(row.routeKey() + " as " + actor + ": not the gateway's own 401 " + response.body());
                } else if (expected >= 400 && expected != 401 && !contentType.equals("application/problem+json")) {
                    wrong.add(row.routeKey() + " as " + actor + ": a refusal without problem+json");
                }
                restore(row, world, actor, response);
            }
            if (!refusalsDone && !before.equals(SharedSystem.domainSnapshot(system))) {
                wrong.add(row.routeKey() + ": a refused request changed the domain table");
            }
        }
        printMatrix(cells);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(rows.size() * Actor.values().length, cells);
    }

    /** Who may and may not see a patient: the kinds of caller the care-team rule (§13, §4-4/5) tells apart. */
    enum Viewer {
        TEAM_MEMBER, SAME_FACILITY_NON_MEMBER, FACILITY_ADMIN_NOT_IN_TEAM, OTHER_FACILITY, OTHER_NETWORK,
        AGREED_NETWORK_NON_MEMBER, AGREED_NETWORK_TEAM_MEMBER, FORMER_AGREED_TEAM_MEMBER, OPERATOR,
        SUSPENDED_TEAM_MEMBER
    }

    /**
     * Every patient route × every kind of viewer the care-team rule tells apart, each sending the very request the
     * team member sends: outside the team it is 404 {@code PATIENT_UNKNOWN}, exactly as for a patient that does not
     * exist, and the domain table does not change; a suspended member is refused as every suspended user is (403); a
     * member from a network whose agreement is in force reads like any member, and sees nothing once it has ended.
     */
    @Test
    void patientRoutesLeakNothingOutsideTheCareTeam() {
        prepareSharedActors();
        String operator = sharedTokens.get(Actor.OPERATOR);
        String agreements = "/networks/" + api.networkId() + "/agreements";
        ApiClient far = ApiClient.inNewNetwork(system, "matrix-far", "遠方確認市");
        ApiClient near = ApiClient.inNewNetwork(system, "matrix-near", "協定中確認市");
        ApiClient former = ApiClient.inNewNetwork(system, "matrix-former", "協定終了確認市");
        ApiClient.Admitted farUser = far.admitFacility("遠方の施設", "エンポウノシセツ", ADMIN_PASSWORD);
        ApiClient.Admitted nearUser = near.admitFacility("協定中の施設", "キョウテイチュウノシセツ", ADMIN_PASSWORD);
        ApiClient.Admitted nearMember = near.admitFacility("協定中の施設二", "キョウテイチュウノシセツニ", ADMIN_PASSWORD);
        ApiClient.Admitted formerUser = former.admitFacility("協定終了の施設", "キョウテイシュウリョウノシセツ", ADMIN_PASSWORD);
        String nearAgreement = ApiClient.expect(201, api.send("POST", agreements, operator,
                "{\"partnerNetworkId\":\"matrix-near\",\"title\":\"協定中\"}")).path("id").asText();
        ApiClient.expect(200, near.send("POST", "/networks/matrix-near/agreements/" + nearAgreement + "/acceptance",
                near.operatorToken(), null));
        String formerOperator = former.operatorToken();
        Map<Viewer, String> shared = new EnumMap<>(Viewer.class);
        shared.put(Viewer.OTHER_FACILITY, sharedTokens.get(Actor.OTHER_ADMIN));
        shared.put(Viewer.OTHER_NETWORK, farUser.adminToken());
        shared.put(Viewer.AGREED_NETWORK_NON_MEMBER, nearUser.adminToken());
        shared.put(Viewer.AGREED_NETWORK_TEAM_MEMBER, nearMember.adminToken());
        shared.put(Viewer.FORMER_AGREED_TEAM_MEMBER, formerUser.adminToken());
        shared.put(Viewer.OPERATOR, operator);
        shared.values().forEach(token -> api.send("GET", "/me", token, null));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows().stream().filter(row -> row.routeKey().contains("/patients/{patientId}")).toList()) {
            World world = world(row.routeKey());
            row.prepare().accept(world);
            String patient = "/patients/" + world.patientId();
            Map<Viewer, String> tokens = new EnumMap<>(shared);
            tokens.put(Viewer.TEAM_MEMBER, world.memberToken());
            tokens.put(Viewer.FACILITY_ADMIN_NOT_IN_TEAM, world.facility().adminToken());
            ApiClient.Issued colleague = api.issue(world.facility().facilityId(), world.facility().adminToken(), "同僚 非メンバー", "ドウリョウ");
            tokens.put(Viewer.SAME_FACILITY_NON_MEMBER, SharedSystem.firstSignIn(system, colleague.userId(), colleague.temporaryPassword(), MEMBER_PASSWORD));
            ApiClient.Issued suspended = api.issue(world.facility().facilityId(), world.facility().adminToken(), "同僚 停止", "ドウリョウ");
            tokens.put(Viewer.SUSPENDED_TEAM_MEMBER, SharedSystem.firstSignIn(system, suspended.userId(), suspended.temporaryPassword(), MEMBER_PASSWORD));
            // their first requests note their sign-ins; made here, no refused cell writes that note
            api.send("GET", "/me", tokens.get(Viewer.SAME_FACILITY_NON_MEMBER), null);
            api.send("GET", "/me", tokens.get(Viewer.SUSPENDED_TEAM_MEMBER), null);
            for (String userId : List.of(suspended.userId(), nearMember.adminId())) {
                ApiClient.expect(201, api.send("POST", patient + "/team", world.memberToken(), "{\"userId\":\"" + userId + "\"}"));
            }
            ApiClient.expect(200, api.send("POST", "/users/" + suspended.userId() + "/suspension", operator, null));
            String formerAgreement = ApiClient.expect(201, api.send("POST", agreements, operator,
                    "{\"partnerNetworkId\":\"matrix-former\",\"title\":\"終了する協定\"}")).path("id").asText();
            ApiClient.expect(200, former.send("POST", "/networks/matrix-former/agreements/" + formerAgreement + "/acceptance", formerOperator, null));
            ApiClient.expect(201, api.send("POST", patient + "/team", world.memberToken(), "{\"userId\":\"" + formerUser.adminId() + "\"}"));
            ApiClient.expect(200, api.send("DELETE", agreements + "/" + formerAgreement, operator, null));

            Call call = row.call().apply(world, Actor.MEMBER);
            String method = row.routeKey().substring(0, row.routeKey().indexOf(' '));
            Map<String, Map<String, AttributeValue>> before = SharedSystem.domainSnapshot(system);
            for (Viewer viewer : Viewer.values()) {
                boolean reads = method.equals("GET");
                int expected = switch (viewer) {
                    case TEAM_MEMBER -> -1;
                    case AGREED_NETWORK_TEAM_MEMBER -> reads ? row.expected().get(Actor.MEMBER) : -1;
                    case SUSPENDED_TEAM_MEMBER -> 403;
                    default -> 404;
                };
                if (expected < 0) {
                    continue;
                }
                HttpResponse<String> response = api.send(method, call.path(), tokens.get(viewer), call.body());
                cells++;
                if (response.statusCode() != expected) {
                    wrong.add(row.routeKey() + " as " + viewer + ": " + response.statusCode() + " instead of " + expected
                            + " " + response.body());
                } else if (expected == 404 && !"PATIENT_UNKNOWN".equals(ApiClient.problemCode(response))) {
                    wrong.add(row.routeKey() + " as " + viewer + ": a 404 unlike an unknown patient's " + response.body());
                }
            }
            Map<String, Map<String, AttributeValue>> after = SharedSystem.domainSnapshot(system);
            if (!before.equals(after)) {
                wrong.add(row.routeKey() + ": a refused request changed the domain table at " + after.keySet().stream()
                        .filter(key -> !after.get(key).equals(before.get(key))).toList());
            }
            HttpResponse<String> member = api.send(method, call.path(), world.memberToken(), call.body());
            awaitPurge(row, world.memberToken(), member);
            cells++;
            if (member.statusCode() != row.expected().get(Actor.MEMBER)) {
                wrong.add(row.routeKey() + " as the team member: " + member.statusCode() + " " + member.body());
            }
        }
        System.out.println("Patient routes: " + cells + " requests by " + Viewer.values().length + " kinds of viewer");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void prepareSharedActors() {
        String operator = api.operatorToken();
        sharedTokens.put(Actor.OPERATOR, operator);
        sharedPasswords.put(Actor.OPERATOR, DemoSeed.DEMO_PASSWORD);

        ApiClient.Admitted other = api.admitFacility("他施設（権限確認）", "タシセツ", ADMIN_PASSWORD);
        sharedTokens.put(Actor.OTHER_ADMIN, other.adminToken());
        sharedPasswords.put(Actor.OTHER_ADMIN, ADMIN_PASSWORD);

        ApiClient.Admitted suspended = api.admitFacility("停止施設（権限確認）", "テイシシセツ", ADMIN_PASSWORD);
        api.send("GET", "/me", suspended.adminToken(), null);
        ApiClient.expect(200, api.send("POST", "/facilities/" + suspended.facilityId() + "/suspension", operator, null));
        sharedTokens.put(Actor.SUSPENDED_FACILITY_USER, suspended.adminToken());

        ApiClient.Admitted leaving = api.admitFacility("廃止施設（権限確認）", "ハイシシセツ", ADMIN_PASSWORD);
        api.send("GET", "/me", leaving.adminToken(), null);
        ApiClient.expect(200, api.send("POST", "/facilities/" + leaving.facilityId() + "/deregistration",
                leaving.adminToken(), "{\"reason\":\"権限確認のため\"}"));
        ApiClient.expect(200, api.send("POST", "/facilities/" + leaving.facilityId() + "/deregistration/approval", operator, null));
        sharedTokens.put(Actor.DEREGISTERED_FACILITY_USER, leaving.adminToken());
        // each token's first request notes its sign-in; made here, no cell of the matrix writes that note
        sharedTokens.values().forEach(token -> api.send("GET", "/me", token, null));
        sleepPastTheStatusCache();
    }

    /** Both stopped facilities' administrators made a request before they were stopped: let the functions forget it. */
    private static void sleepPastTheStatusCache() {
        try {
            Thread.sleep(5_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh facility for one route, its people signed in once, so that later requests note no new sign-in. */
    private World world(String routeKey) {
        ApiClient.Admitted facility = api.admitFacility("権限確認 " + routeKey, "ケンゲンカクニン", ADMIN_PASSWORD);
        ApiClient.Issued member = api.issue(facility.facilityId(), facility.adminToken(), "確認 会員", "カクニン カイイン");
        String memberToken = SharedSystem.firstSignIn(system, member.userId(), member.temporaryPassword(), MEMBER_PASSWORD);
        ApiClient.Issued suspended = api.issue(facility.facilityId(), facility.adminToken(), "確認 停止", "カクニン テイシ");
        String suspendedToken = SharedSystem.firstSignIn(system, suspended.userId(), suspended.temporaryPassword(), MEMBER_PASSWORD);
        ApiClient.expect(200, api.send("POST", "/users/" + suspended.userId() + "/suspension", sharedTokens.get(Actor.OPERATOR), null));
        String forAdmin = api.issue(facility.facilityId(), facility.adminToken(), "確認 一", "カクニン イチ").userId();
        String forOperator = api.issue(facility.facilityId(), facility.adminToken(), "確認 二", "カクニン ニ").userId();
        String pending = ApiClient.expect(202, api.send("POST", "/registrations", null,
                api.application("申請中（権限確認）", "シンセイチュウ"))).path("applicationId").asText();
        for (String token : List.of(facility.adminToken(), memberToken, suspendedToken)) {
            api.send("GET", "/me", token, null);
        }
        return new World(facility, member.userId(), memberToken, suspendedToken, forAdmin, forOperator, pending,
                new java.util.HashMap<>());
    }

    private String tokenOf(World world, Actor actor) {
        return switch (actor) {
            case PUBLIC -> null;
            case MEMBER -> world.memberToken();
            case ADMIN -> world.facility().adminToken();
            case SUSPENDED_USER -> world.suspendedToken();
            default -> sharedTokens.get(actor);
        };
    }

    private String passwordOf(Actor actor) {
        return switch (actor) {
            case MEMBER -> MEMBER_PASSWORD;
            case ADMIN -> ADMIN_PASSWORD;
            default -> sharedPasswords.getOrDefault(actor, ADMIN_PASSWORD);
        };
    }

    /** A password changed by the matrix is changed back, so that the demo sign-ins keep working. */
    private void restore(Row row, World world, Actor actor, HttpResponse<String> response) {
        if (row.routeKey().equals("POST /me/password") && response.statusCode() == 200) {
            ApiClient.expect(200, api.send("POST", "/me/password", tokenOf(world, actor),
                    passwordChange("Matrix-Changed-2026", passwordOf(actor))));
        }
        awaitPurge(row, tokenOf(world, actor), response);
    }

    /** A withdrawal's purge changes the domain table after the answer: the next row starts once it is done. */
    private void awaitPurge(Row row, String token, HttpResponse<String> response) {
        if (row.routeKey().endsWith("/consent-withdrawal") && response.statusCode() == 202) {
            api.awaitPurge(token, ApiClient.json(response).path("id").asText());
        }
    }

    private static String passwordChange(String current, String proposed) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + proposed + "\"}";
    }

    /** Signed-in routes: no token 401; a suspended user, and users of suspended or deregistered facilities 403. */
    private static Map<Actor, Integer> signedIn(int member, int admin, int otherAdmin, int operator) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.PUBLIC, 401);
        expected.put(Actor.MEMBER, member);
        expected.put(Actor.ADMIN, admin);
        expected.put(Actor.OTHER_ADMIN, otherAdmin);
        expected.put(Actor.OPERATOR, operator);
        expected.put(Actor.SUSPENDED_USER, 403);
        expected.put(Actor.SUSPENDED_FACILITY_USER, 403);
        expected.put(Actor.DEREGISTERED_FACILITY_USER, 403);
        return expected;
    }

    /**
     * Patient routes: only the care team (here the member who registered the patient) sees the patient; every other
     * signed-in caller, the facility's administrator and the operator included, gets 404 as if it did not exist.
     */
    private static Map<Actor, Integer> careTeam(int member) {
        return signedIn(member, 404, 404, 404);
    }

    /**
     * Project routes: only the project's members (here the member who made it, an invitation project) see it; every
     * other signed-in caller, the facility's administrator and the operator included, gets 404 as if it did not exist.
     */
    private static Map<Actor, Integer> projectMember(int member) {
        return signedIn(member, 404, 404, 404);
    }

    private static String project(World world) {
        return "/projects/" + world.patient().get("project");
    }

    private static String projectPost(World world) {
        return project(world) + "/posts/" + world.patient().get("projectPost");
    }

    /** The member makes an invitation project before the row's requests. */
    private Consumer<World> withProject() {
        return world -> world.patient().put("project", ApiClient.expect(201, api.send("POST", "/projects",
                world.memberToken(), "{\"name\":\"権限確認の勉強会\",\"kind\":\"training\"}")).path("id").asText());
    }

    /** The member also adds the administrator's staff ID to it. */
    private Consumer<World> withProjectMember() {
        return withProject().andThen(w -> ApiClient.expect(201, api.send("POST", project(w) + "/members", w.memberToken(),
                "{\"userId\":\"" + w.staffForAdmin() + "\"}")));
    }

    /** The member also posts to it. */
    private Consumer<World> withProjectPost(String body) {
        return withProject().andThen(w -> w.patient().put("projectPost", ApiClient.expect(201, api.send("POST",
                project(w) + "/posts", w.memberToken(), body)).path("id").asText()));
    }

    /** The member registers a patient, with consent and an uploaded scan, before the row's requests. */
    private Consumer<World> withPatient() {
        return world -> world.patient().put("id", api.registerPatient(world.memberToken(), "確認 患者", "カクニン カンジャ"));
    }

    /** The member also writes a post of the patient. */
    private Consumer<World> withPost() {
        return withPatient().andThen(w -> w.patient().put("post", ApiClient.expect(201, api.send("POST",
                "/patients/" + w.patientId() + "/posts", w.memberToken(),
                "{\"category\":\"visit\",\"text\":\"訪問\"}")).path("id").asText()));
    }

    /** Public routes answer everyone alike, token or not. */
    private static Map<Actor, Integer> everyone(int status) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            expected.put(actor, status);
        }
        return expected;
    }

    private static Consumer<World> nothing() {
        return world -> { };
    }

    /** The staff ID a caller acts on: the operator has its own, so that the administrator's change does not meet it. */
    private static String staffFor(World world, Actor actor) {
        return actor == Actor.OPERATOR ? world.staffForOperator() : world.staffForAdmin();
    }

    private List<Row> rows() {
        String operator = sharedTokens.get(Actor.OPERATOR);
        List<Row> rows = new ArrayList<>();
        // public
        rows.add(new Row("POST /registrations", everyone(202),
                (w, a) -> new Call("/registrations", api.application("公開申請（権限確認）", "コウカイシンセイ")), nothing()));
        rows.add(new Row("GET /portal/facilities", everyone(200),
                (w, a) -> new Call("/portal/facilities?network=" + api.networkId(), null), nothing()));
        rows.add(new Row("GET /portal/facilities/{facilityId}", everyone(200),
                (w, a) -> new Call("/portal/facilities/" + w.facility().facilityId(), null), nothing()));
        // the portal's content: the public reads, the network's operator writes (§18, §25, §31)
        String ofThisNetwork = "?network=" + api.networkId();
        rows.add(new Row("GET /portal/overview", everyone(200), (w, a) -> new Call("/portal/overview" + ofThisNetwork, null), nothing()));
        rows.add(new Row("PUT /portal/overview", signedIn(403, 403, 403, 200), (w, a) -> new Call("/portal/overview",
                "{\"title\":\"権限確認市の連携ネットワーク\",\"body\":\"紹介\",\"version\":0}"), nothing()));
        rows.add(new Row("GET /portal/announcements", everyone(200),
                (w, a) -> new Call("/portal/announcements" + ofThisNetwork, null), nothing()));
        rows.add(new Row("GET /portal/announcements/{announcementId}", everyone(200),
                (w, a) -> new Call("/portal/announcements/" + DemoPortal.NOTICE, null), nothing()));
        String notice = "{\"kind\":\"notice\",\"title\":\"権限確認のお知らせ\",\"body\":\"本文\"}";
        rows.add(new Row("POST /portal/announcements", signedIn(403, 403, 403, 201),
                (w, a) -> new Call("/portal/announcements", notice), nothing()));
        Consumer<World> withAnnouncement = w -> w.patient().put("announcement", ApiClient.expect(201, api.send("POST",
                "/portal/announcements", api.operatorToken(), notice)).path("id").asText());
        rows.add(new Row("PUT /portal/announcements/{announcementId}", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/portal/announcements/" + w.patient().get("announcement"),
                        notice.replace("}", ",\"version\":1}")), withAnnouncement));
        rows.add(new Row("DELETE /portal/announcements/{announcementId}", signedIn(403, 403, 403, 204),
                (w, a) -> new Call("/portal/announcements/" + w.patient().get("announcement"), null), withAnnouncement));
        rows.add(new Row("GET /portal/terms/current", everyone(200),
                (w, a) -> new Call("/portal/terms/current?network=" + DemoSeed.NETWORK_ID, null), nothing()));
        rows.add(new Row("GET /portal/terms/{version}", everyone(200),
                (w, a) -> new Call("/portal/terms/" + DemoPortal.TERMS_VERSION + "?network=" + DemoSeed.NETWORK_ID, null),
                nothing()));
        rows.add(new Row("POST /portal/terms", signedIn(403, 403, 403, 201), (w, a) -> new Call("/portal/terms",
                "{\"effectiveOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(30)
                        + "\",\"title\":\"利用規約\",\"text\":\"第1条 目的\"}"), nothing()));
        rows.add(new Row("GET /portal/status", everyone(200), (w, a) -> new Call("/portal/status" + ofThisNetwork, null), nothing()));
        // a no-op for the network: a suspension here would answer 503 to the rows after it
        rows.add(new Row("PUT /portal/status", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/portal/status", "{\"state\":\"normal\"}"), nothing()));
        rows.add(new Row(Route.DEFAULT, everyone(404), (w, a) -> new Call("/no-such-route", null), nothing()));
        // registration: the operator's review
        rows.add(new Row("GET /registrations", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/registrations?status=submitted", null), nothing()));
        rows.add(new Row("GET /registrations/{applicationId}", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/registrations/" + w.pendingApplication(), null), nothing()));
        rows.add(new Row("POST /registrations/{applicationId}/approval", signedIn(403, 403, 403, 201),
                (w, a) -> new Call("/registrations/" + w.pendingApplication() + "/approval", null), nothing()));
        rows.add(new Row("POST /registrations/{applicationId}/rejection", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/registrations/" + w.pendingApplication() + "/rejection",
                        "{\"reason\":\"記載内容を確認できなかったため\"}"), nothing()));
        // registration: collaboration agreements between networks, kept by their operators only
        String network = "/networks/" + api.networkId() + "/agreements";
        ApiClient proposedTo = ApiClient.inNewNetwork(system, "matrix-partner-a", "協定確認A市");
        ApiClient proposing = ApiClient.inNewNetwork(system, "matrix-partner-b", "協定確認B市");
        ApiClient.inNewNetwork(system, "matrix-partner-c", "協定確認C市");
        rows.add(new Row("GET /networks/{networkId}/agreements", signedIn(403, 403, 403, 200),
                (w, a) -> new Call(network, null), nothing()));
        rows.add(new Row("POST /networks/{networkId}/agreements", signedIn(403, 403, 403, 201),
                (w, a) -> new Call(network, "{\"partnerNetworkId\":\"" + proposedTo.networkId() + "\",\"title\":\"権限確認の協定\"}"),
                nothing()));
        rows.add(new Row("POST /networks/{networkId}/agreements/{agreementId}/acceptance", signedIn(403, 403, 403, 200),
                (w, a) -> new Call(network + "/" + w.patient().get("agreement") + "/acceptance", null),
                w -> w.patient().put("agreement", ApiClient.expect(201, proposing.send("POST",
                        "/networks/" + proposing.networkId() + "/agreements", proposing.operatorToken(),
                        "{\"partnerNetworkId\":\"" + api.networkId() + "\",\"title\":\"承諾確認の協定\"}")).path("id").asText())));
        rows.add(new Row("DELETE /networks/{networkId}/agreements/{agreementId}", signedIn(403, 403, 403, 200),
                (w, a) -> new Call(network + "/" + w.patient().get("agreement"), null),
                w -> w.patient().put("agreement", ApiClient.expect(201, api.send("POST", network, operator,
                        "{\"partnerNetworkId\":\"matrix-partner-c\",\"title\":\"終了確認の協定\"}")).path("id").asText())));
        // operations: reports to the operator (§21)
        String incident = "{\"kind\":\"system_defect\",\"occurredAt\":\"2026-11-25T09:30\",\"description\":\"画面が表示されない\"}";
        rows.add(new Row("POST /incident-reports", signedIn(201, 201, 201, 201),
                (w, a) -> new Call("/incident-reports", incident), nothing()));
        rows.add(new Row("GET /incident-reports", signedIn(200, 200, 200, 200),
                (w, a) -> new Call("/incident-reports", null), nothing()));
        Consumer<World> withReport = w -> w.patient().put("report", ApiClient.expect(201, api.send("POST",
                "/incident-reports", w.memberToken(), incident)).path("id").asText());
        rows.add(new Row("GET /incident-reports/{reportId}", signedIn(200, 200, 404, 200),
                (w, a) -> new Call("/incident-reports/" + w.patient().get("report"), null), withReport));
        rows.add(new Row("PATCH /incident-reports/{reportId}", signedIn(403, 403, 404, 200),
                (w, a) -> new Call("/incident-reports/" + w.patient().get("report"),
                        "{\"version\":1,\"status\":\"investigating\"}"), withReport));
        // operations: the audit log, searched by staff and verified
        rows.add(new Row("GET /audit-events", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/audit-events?userId=" + w.memberId(), null), nothing()));
        rows.add(new Row("GET /audit-events/verification", signedIn(403, 403, 403, 200),
                (w, a) -> new Call("/audit-events/verification", null), nothing()));
        // registration: the facility record
        rows.add(new Row("GET /facilities/{facilityId}", signedIn(200, 200, 404, 200),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId(), null), nothing()));
        rows.add(new Row("PATCH /facilities/{facilityId}", signedIn(403, 200, 404, 403),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId(), "{\"version\":1,\"phone\":\"0563-00-0999\"}"),
                nothing()));
        rows.add(new Row("POST /facilities/{facilityId}/deregistration", signedIn(403, 200, 404, 403),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/deregistration", "{\"reason\":\"閉所のため\"}"),
                nothing()));
        rows.add(new Row("POST /facilities/{facilityId}/deregistration/approval", signedIn(403, 403, 404, 200),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/deregistration/approval", null),
                w -> ApiClient.expect(200, api.send("POST", "/facilities/" + w.facility().facilityId() + "/deregistration",
                        w.facility().adminToken(), "{\"reason\":\"閉所のため\"}"))));
        rows.add(new Row("POST /facilities/{facilityId}/suspension", signedIn(403, 403, 404, 200),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/suspension", null), nothing()));
        // once the facility is suspended, its own people are refused before anything else
        rows.add(new Row("DELETE /facilities/{facilityId}/suspension", signedIn(403, 403, 404, 200),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/suspension", null),
                w -> ApiClient.expect(200, api.send("POST", "/facilities/" + w.facility().facilityId() + "/suspension",
                        operator, null))));
        // id-issuance
        rows.add(new Row("GET /me", signedIn(200, 200, 200, 200), (w, a) -> new Call("/me", null), nothing()));
        rows.add(new Row("POST /me/password", signedIn(200, 200, 200, 200),
                (w, a) -> new Call("/me/password", passwordChange(passwordOf(a), "Matrix-Changed-2026")), nothing()));
        rows.add(new Row("POST /facilities/{facilityId}/users", signedIn(403, 201, 404, 201),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/users",
                        ApiClient.issueBody("確認 新人", "カクニン シンジン")), nothing()));
        rows.add(new Row("GET /facilities/{facilityId}/users", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/facilities/" + w.facility().facilityId() + "/users", null), nothing()));
        rows.add(new Row("GET /users/{userId}", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/users/" + staffFor(w, a), null), nothing()));
        rows.add(new Row("DELETE /users/{userId}", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/users/" + staffFor(w, a), null), nothing()));
        rows.add(new Row("POST /users/{userId}/password-reissue", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/users/" + staffFor(w, a) + "/password-reissue", null), nothing()));
        rows.add(new Row("POST /users/{userId}/suspension", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/users/" + staffFor(w, a) + "/suspension", null), nothing()));
        rows.add(new Row("DELETE /users/{userId}/suspension", signedIn(403, 200, 404, 200),
                (w, a) -> new Call("/users/" + staffFor(w, a) + "/suspension", null),
                w -> List.of(w.staffForAdmin(), w.staffForOperator()).forEach(user -> ApiClient.expect(200,
                        api.send("POST", "/users/" + user + "/suspension", operator, null)))));
        rows.add(new Row("POST /users/{userId}/replacement", signedIn(403, 403, 404, 201),
                (w, a) -> new Call("/users/" + staffFor(w, a) + "/replacement", null), nothing()));
        // posting: any active user starts an upload and registers patients; the rest is the care team's
        rows.add(new Row("POST /consent-forms", signedIn(201, 201, 201, 201),
                (w, a) -> new Call("/consent-forms", "{\"contentType\":\"application/pdf\",\"bytes\":4}"), nothing()));
        rows.add(new Row("POST /patients", signedIn(201, 201, 201, 201), this::registration, nothing()));
        rows.add(new Row("GET /patients", signedIn(200, 200, 200, 200), (w, a) -> new Call("/patients", null), withPatient()));
        rows.add(new Row("GET /patients/{patientId}", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId(), null), withPatient()));
        rows.add(new Row("PATCH /patients/{patientId}", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId(), "{\"version\":1,\"address\":\"愛知県西尾市2-2\"}"), withPatient()));
        rows.add(new Row("GET /patients/{patientId}/team", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/team", null), withPatient()));
        rows.add(new Row("POST /patients/{patientId}/team", careTeam(201),
                (w, a) -> new Call("/patients/" + w.patientId() + "/team", "{\"userId\":\"" + w.staffForAdmin() + "\"}"),
                withPatient()));
        rows.add(new Row("POST /patients/{patientId}/posts", careTeam(201),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts", "{\"category\":\"visit\",\"text\":\"訪問\"}"),
                withPatient()));
        rows.add(new Row("GET /patients/{patientId}/posts", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts", null), withPatient()));
        rows.add(new Row("GET /patients/{patientId}/posts/{postId}", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts/" + w.patient().get("post"), null),
                withPost()));
        rows.add(new Row("POST /patients/{patientId}/posts/{postId}/corrections", careTeam(201),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts/" + w.patient().get("post") + "/corrections",
                        "{\"text\":\"訪問（追記）\",\"reason\":\"追記のため\"}"), withPost()));
        rows.add(new Row("POST /patients/{patientId}/posts/{postId}/read", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts/" + w.patient().get("post") + "/read", null),
                withPost()));
        rows.add(new Row("GET /patients/{patientId}/posts/{postId}/readers", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/posts/" + w.patient().get("post") + "/readers", null),
                withPost()));
        rows.add(new Row("GET /patients/{patientId}/medications", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/medications", null), withPatient()));
        rows.add(new Row("GET /patients/{patientId}/observations", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/observations?code=pulse", null), withPatient()));
        rows.add(new Row("POST /patients/{patientId}/attachments", careTeam(201),
                (w, a) -> new Call("/patients/" + w.patientId() + "/attachments", "{\"contentType\":\"image/png\",\"bytes\":4}"),
                withPatient()));
        rows.add(new Row("GET /patients/{patientId}/attachments/{attachmentId}", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/attachments/" + w.patient().get("attachment"), null),
                withPatient().andThen(w -> w.patient().put("attachment",
                        api.uploadAttachment(w.memberToken(), w.patientId(), new byte[]{(byte) 0x89, 'P', 'N', 'G'})))));
        rows.add(new Row("GET /patients/{patientId}/consents", careTeam(200),
                (w, a) -> new Call("/patients/" + w.patientId() + "/consents", null), withPatient()));
        rows.add(new Row("POST /patients/{patientId}/consents", careTeam(201), this::renewal, withPatient()));
        rows.add(new Row("DELETE /patients/{patientId}/team/{userId}", careTeam(204),
                (w, a) -> new Call("/patients/" + w.patientId() + "/team/" + w.staffForAdmin(), null),
                withPatient().andThen(w -> ApiClient.expect(201, api.send("POST", "/patients/" + w.patientId() + "/team",
                        w.memberToken(), "{\"userId\":\"" + w.staffForAdmin() + "\"}")))));
        // projects (§2): the member owns an invitation project that nobody else here sees
        rows.add(new Row("POST /projects", signedIn(201, 201, 201, 201),
                (w, a) -> new Call("/projects", "{\"name\":\"権限確認のプロジェクト\",\"kind\":\"other\"}"), nothing()));
        rows.add(new Row("GET /projects", signedIn(200, 200, 200, 200), (w, a) -> new Call("/projects", null), withProject()));
        rows.add(new Row("GET /projects/{projectId}", projectMember(200), (w, a) -> new Call(project(w), null), withProject()));
        rows.add(new Row("PATCH /projects/{projectId}", projectMember(200),
                (w, a) -> new Call(project(w), "{\"version\":1,\"description\":\"権限確認の変更\"}"), withProject()));
        rows.add(new Row("GET /projects/{projectId}/members", projectMember(200),
                (w, a) -> new Call(project(w) + "/members", null), withProject()));
        rows.add(new Row("POST /projects/{projectId}/members", projectMember(201),
                (w, a) -> new Call(project(w) + "/members", "{\"userId\":\"" + w.staffForAdmin() + "\"}"), withProject()));
        rows.add(new Row("PATCH /projects/{projectId}/members/{userId}", projectMember(200),
                (w, a) -> new Call(project(w) + "/members/" + w.staffForAdmin(), "{\"role\":\"administrator\"}"),
                withProjectMember()));
        rows.add(new Row("DELETE /projects/{projectId}/members/{userId}", projectMember(204),
                (w, a) -> new Call(project(w) + "/members/" + w.staffForAdmin(), null), withProjectMember()));
        rows.add(new Row("POST /projects/{projectId}/posts", projectMember(201),
                (w, a) -> new Call(project(w) + "/posts", "{\"text\":\"権限確認\"}"), withProject()));
        rows.add(new Row("GET /projects/{projectId}/posts", projectMember(200),
                (w, a) -> new Call(project(w) + "/posts", null), withProject()));
        rows.add(new Row("GET /projects/{projectId}/posts/{postId}", projectMember(200),
                (w, a) -> new Call(projectPost(w), null), withProjectPost("{\"text\":\"権限確認\"}")));
        rows.add(new Row("POST /projects/{projectId}/posts/{postId}/corrections", projectMember(201),
                (w, a) -> new Call(projectPost(w) + "/corrections", "{\"text\":\"権限確認（訂正）\",\"reason\":\"確認のため\"}"),
                withProjectPost("{\"text\":\"権限確認\"}")));
        rows.add(new Row("POST /projects/{projectId}/posts/{postId}/read", projectMember(200),
                (w, a) -> new Call(projectPost(w) + "/read", null), withProjectPost("{\"text\":\"権限確認\"}")));
        rows.add(new Row("GET /projects/{projectId}/posts/{postId}/readers", projectMember(200),
                (w, a) -> new Call(projectPost(w) + "/readers", null), withProjectPost("{\"text\":\"権限確認\"}")));
        rows.add(new Row("PUT /projects/{projectId}/posts/{postId}/pin", projectMember(204),
                (w, a) -> new Call(projectPost(w) + "/pin", null), withProjectPost("{\"text\":\"権限確認\"}")));
        rows.add(new Row("DELETE /projects/{projectId}/posts/{postId}/pin", projectMember(204),
                (w, a) -> new Call(projectPost(w) + "/pin", null), withProjectPost("{\"text\":\"権限確認\"}")
                        .andThen(w -> ApiClient.expect(204, api.send("PUT", projectPost(w) + "/pin", w.memberToken(), null)))));
        rows.add(new Row("PUT /projects/{projectId}/posts/{postId}/attendance", projectMember(200),
                (w, a) -> new Call(projectPost(w) + "/attendance", "{\"answer\":\"attend\"}"),
                withProjectPost("{\"text\":\"研修会\",\"event\":{\"startsAt\":\"" + java.time.LocalDate.now(
                        java.time.ZoneId.of("Asia/Tokyo")).plusDays(14) + "T18:30\"}}")));
        rows.add(new Row("POST /projects/{projectId}/attachments", projectMember(201),
                (w, a) -> new Call(project(w) + "/attachments", "{\"contentType\":\"image/png\",\"bytes\":4}"), withProject()));
        rows.add(new Row("GET /projects/{projectId}/attachments/{attachmentId}", projectMember(200),
                (w, a) -> new Call(project(w) + "/attachments/" + w.patient().get("projectFile"), null),
                withProject().andThen(w -> {
                    JsonNode upload = ApiClient.expect(201, api.send("POST", project(w) + "/attachments", w.memberToken(),
                            "{\"contentType\":\"application/pdf\",\"bytes\":4}"));
                    api.putFile(upload.path("uploadUrl").asText(), "application/pdf", new byte[]{'%', 'P', 'D', 'F'});
                    w.patient().put("projectFile", upload.path("attachmentId").asText());
                })));
        // consent: withdrawal (§14-2), last, as each one's purge runs on after the answer (restore waits for it)
        rows.add(new Row("GET /consent-withdrawals/{withdrawalId}", signedIn(200, 404, 404, 200),
                (w, a) -> new Call("/consent-withdrawals/" + w.patient().get("withdrawal"), null),
                withPatient().andThen(w -> w.patient().put("withdrawal", withdrawn(w)))));
        rows.add(new Row("POST /patients/{patientId}/consent-withdrawal", careTeam(202),
                (w, a) -> new Call("/patients/" + w.patientId() + "/consent-withdrawal", WITHDRAWAL), withPatient()));
        return rows;
    }

    /** The member withdraws the patient's consent, and the purge completes; the withdrawal's id. */
    private String withdrawn(World world) {
        String id = ApiClient.expect(202, api.send("POST", "/patients/" + world.patientId() + "/consent-withdrawal",
                world.memberToken(), WITHDRAWAL)).path("id").asText();
        api.awaitPurge(world.memberToken(), id);
        return id;
    }

    private static final String WITHDRAWAL = "{\"requestedBy\":\"patient\",\"receivedOn\":\""
            + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\"}";

    /**
     * A registration: callers who may register upload their own scan first (after the refusals, which send a form
     * id that was never issued and are refused before it is looked at).
     */
    private Call registration(World world, Actor actor) {
        boolean mayRegister = List.of(Actor.MEMBER, Actor.ADMIN, Actor.OTHER_ADMIN, Actor.OPERATOR).contains(actor);
        String formId = mayRegister ? api.uploadConsentForm(tokenOf(world, actor), new byte[]{'%', 'P', 'D', 'F'})
                : "01KZZZZZZZZZZZZZZZZZZZZZZZ";
        return new Call("/patients", "{\"name\":\"確認 患者\",\"kana\":\"カクニン カンジャ\",\"birthDate\":\"1940-01-01\","
                + "\"sex\":\"female\",\"address\":\"愛知県西尾市1-1\",\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + formId + "\"}}");
    }

    /** A renewed consent: the member uploads the form for the patient first; the others are refused before. */
    private Call renewal(World world, Actor actor) {
        String formId = actor == Actor.MEMBER
                ? api.uploadConsentForm(world.memberToken(), new byte[]{'%', 'P', 'D', 'F'}, world.patientId())
                : "01KZZZZZZZZZZZZZZZZZZZZZZZ";
        return new Call("/patients/" + world.patientId() + "/consents", "{\"givenBy\":\"patient\",\"consentedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + formId + "\"}");
    }

    private void printMatrix(int cells) {
        StringBuilder table = new StringBuilder("\nAuthorisation matrix: " + answered.size() + " routes × "
                + Actor.values().length + " callers = " + cells + " requests\n");
        table.append(String.format("%-55s", "route"));
        for (Actor actor : Actor.values()) {
            table.append(String.format("%-8s", abbreviation(actor)));
        }
        table.append('\n');
        answered.forEach((route, statuses) -> {
            table.append(String.format("%-55s", route));
            for (Actor actor : Actor.values()) {
                table.append(String.format("%-8s", statuses.get(actor)));
            }
            table.append('\n');
        });
        System.out.println(table);
    }

    private static String abbreviation(Actor actor) {
        return switch (actor) {
            case PUBLIC -> "public";
            case MEMBER -> "member";
            case ADMIN -> "admin";
            case OTHER_ADMIN -> "other";
            case OPERATOR -> "oper.";
            case SUSPENDED_USER -> "susp.";
            case SUSPENDED_FACILITY_USER -> "s.fac";
            case DEREGISTERED_FACILITY_USER -> "d.fac";
        };
    }
}
