package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.ChainedRecord;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole account lifecycle of the terms through the local gateway with real Cognito tokens: a facility applies
 * and is approved (§4, §6), its administrator sets a password and issues a nurse's ID, the nurse's password is
 * reissued (§10-1), she is suspended and reinstated (§24), her lost ID is replaced (§10-2), and the facility leaves
 * (§9), which stops everyone. Status changes take effect within the functions' five-second status cache.
 */
@ExtendWith(LocalSystemExtension.class)
class AccountLifecycleIT {

    private static final Duration STATUS_CACHE = Duration.ofMillis(5_100);

    private final LocalSystem system;
    private final ApiClient api;

    AccountLifecycleIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "lifecycle", "試験市");
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        return api.send(method, path, token, body);
    }

    private static JsonNode ok(int status, HttpResponse<String> response) {
        return ApiClient.expect(status, response);
    }

    private static String refusal(HttpResponse<String> response) {
        return ApiClient.problemCode(response);
    }

    /**
     * Whether the password gives tokens. A user holding a temporary password gets the new-password challenge instead
     * (cognito-local gives it whatever password is sent), which is no sign-in either.
     */
    private boolean signsIn(String userId, String password) {
        try {
            return system.clients().cognito().initiateAuth(request -> request
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH).clientId(system.resources().userPoolClientId())
                    .authParameters(Map.of("USERNAME", userId, "PASSWORD", password))).authenticationResult() != null;
        } catch (CognitoIdentityProviderException refused) {
            return false;
        }
    }

    @Test
    void applyApproveIssueReissueSuspendReplaceAndDeregister() throws Exception {
        ApiClient.Admitted f = api.admitFacility("かきつばた訪問看護ステーション", "カキツバタホウモンカンゴステーション", "Kakitsubata-Admin-2026");
        String operator = api.operatorToken();

        // The administrator: her first sign-in set her own password, which starts its age (§6-4).
        JsonNode me = ok(200, send("GET", "/me", f.adminToken(), null));
        assertEquals("facility_admin", me.path("role").asText());
        assertFalse(me.path("password").path("expired").asBoolean(), me.toString());
        Instant changedAt = Instant.parse(me.path("password").path("changedAt").asText());
        assertEquals(changedAt.plus(Duration.ofDays(180)), Instant.parse(me.path("password").path("expiresAt").asText()));
        assertEquals("2021-04-01", me.path("termsVersion").asText());

        // She changes it again; a wrong current password changes nothing.
        HttpResponse<String> wrong = send("POST", "/me/password", f.adminToken(),
                "{\"currentPassword\":\"Not-Her-Password-1\",\"newPassword\":\"Kakitsubata-Admin-2027\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(signsIn(f.adminId(), "Kakitsubata-Admin-2026"));
        JsonNode changed = ok(200, send("POST", "/me/password", f.adminToken(),
                "{\"currentPassword\":\"Kakitsubata-Admin-2026\",\"newPassword\":\"Kakitsubata-Admin-2027\"}"));
        assertFalse(changed.path("password").path("expired").asBoolean());
        assertTrue(signsIn(f.adminId(), "Kakitsubata-Admin-2027"), "the new password works");
        assertFalse(signsIn(f.adminId(), "Kakitsubata-Admin-2026"), "the old one does not");

        // She issues a nurse's ID (様式第2); the nurse signs in and sets her own password.
        JsonNode issued = ok(201, send("POST", "/facilities/" + f.facilityId() + "/users", f.adminToken(),
                ApiClient.issueBody("燕子 花子", "カキツバタ ハナコ")));
        String nurse = issued.path("user").path("userId").asText();
        String nurseToken = SharedSystem.firstSignIn(system, nurse, issued.path("temporaryPassword").asText(), "Hanako-Kango-2026");
        ok(200, send("GET", "/facilities/" + f.facilityId(), nurseToken, null));

        // §10-1: a reissued password; the old password and the token it gave stop working.
        JsonNode reissued = ok(200, send("POST", "/users/" + nurse + "/password-reissue", f.adminToken(), null));
        Thread.sleep(STATUS_CACHE.toMillis());
        HttpResponse<String> stale = send("GET", "/facilities/" + f.facilityId(), nurseToken, null);
        assertEquals(403, stale.statusCode(), stale.body());
        assertEquals("PASSWORD_EXPIRED", refusal(stale));
        assertFalse(signsIn(nurse, "Hanako-Kango-2026"));
        nurseToken = SharedSystem.firstSignIn(system, nurse, reissued.path("temporaryPassword").asText(), "Hanako-Kango-2027");
        ok(200, send("GET", "/facilities/" + f.facilityId(), nurseToken, null));

        // §24: the operator suspends her; her still-valid token is refused; reinstated, it works again.
        ok(200, send("POST", "/users/" + nurse + "/suspension", operator, null));
        Thread.sleep(STATUS_CACHE.toMillis());
        HttpResponse<String> suspended = send("GET", "/me", nurseToken, null);
        assertEquals(403, suspended.statusCode());
        assertEquals("ACCOUNT_SUSPENDED", refusal(suspended));
        ok(200, send("DELETE", "/users/" + nurse + "/suspension", operator, null));
        Thread.sleep(STATUS_CACHE.toMillis());
        ok(200, send("GET", "/me", nurseToken, null));

        // §10-2: her ID is lost; the operator suspends it and issues a linked new one, once.
        JsonNode replacement = ok(201, send("POST", "/users/" + nurse + "/replacement", operator, null));
        String newNurse = replacement.path("user").path("userId").asText();
        assertEquals(nurse, replacement.path("user").path("replaces").asText());
        JsonNode lost = ok(200, send("GET", "/users/" + nurse, f.adminToken(), null));
        assertEquals("suspended", lost.path("status").asText());
        assertEquals(newNurse, lost.path("replacedBy").asText());
        assertEquals(409, send("POST", "/users/" + nurse + "/replacement", operator, null).statusCode());
        assertEquals(403, send("POST", "/users/" + nurse + "/replacement", f.adminToken(), null).statusCode(),
                "§10-2 is the operator's: the administrator asks for it");
        String newNurseToken = SharedSystem.firstSignIn(system, newNurse, replacement.path("temporaryPassword").asText(),
                "Hanako-Kango-2028");
        assertEquals("燕子 花子", ok(200, send("GET", "/me", newNurseToken, null)).path("name").asText());

        // §9: the administrator applies to leave, once; the operator approves; everyone is stopped.
        HttpResponse<String> withoutReason = send("POST", "/facilities/" + f.facilityId() + "/deregistration",
                f.adminToken(), "{\"reason\":\"\"}");
        assertEquals(400, withoutReason.statusCode());
        JsonNode requested = ok(200, send("POST", "/facilities/" + f.facilityId() + "/deregistration", f.adminToken(),
                "{\"reason\":\"事業所を統合するため\"}"));
        assertEquals("active", requested.path("status").asText(), "the facility works until the operator approves");
        assertEquals(f.adminId(), requested.path("deregistration").path("requestedBy").asText());
        assertEquals(409, send("POST", "/facilities/" + f.facilityId() + "/deregistration", f.adminToken(),
                "{\"reason\":\"事業所を統合するため\"}").statusCode());
        JsonNode deregistered = ok(200, send("POST", "/facilities/" + f.facilityId() + "/deregistration/approval",
                operator, null));
        assertEquals("deregistered", deregistered.path("status").asText());
        Thread.sleep(STATUS_CACHE.toMillis());
        for (String token : List.of(f.adminToken(), newNurseToken)) {
            HttpResponse<String> refused = send("GET", "/me", token, null);
            assertEquals(403, refused.statusCode());
            assertEquals("ACCOUNT_RETIRED", refusal(refused), "deregistration retired every ID of the facility");
        }
        for (String userId : List.of(f.adminId(), nurse, newNurse)) {
            assertEquals("retired", ok(200, send("GET", "/users/" + userId, operator, null)).path("status").asText());
            assertFalse(system.clients().cognito().adminGetUser(request -> request
                    .userPoolId(system.resources().userPoolId()).username(userId)).enabled(), userId + " disabled in Cognito");
        }
        assertEquals(404, send("GET", "/portal/facilities/" + f.facilityId(), null, null).statusCode(),
                "a deregistered facility leaves the public directory");
        ok(200, send("POST", "/facilities/" + f.facilityId() + "/deregistration/approval", operator, null));

        // Every step is in the audit log, and the chain is intact.
        List<ChainedRecord> chain = DynamoAuditLog.on(system.clients().dynamoDb(), system.resources().tableName("AuditTable"))
                .chain(api.networkId() + "#" + LocalDate.now(ZoneId.of("Asia/Tokyo")));
        assertTrue(AuditChain.verify(chain).intact());
        Set<AuditAction> actions = chain.stream()
                .filter(record -> Set.of(f.facilityId(), f.adminId(), nurse, newNurse).contains(record.event().targetId()))
                .map(record -> record.event().action()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(AuditAction.SIGN_IN_SEEN, AuditAction.REGISTRATION_SUBMITTED,
                AuditAction.REGISTRATION_APPROVED, AuditAction.USER_ISSUED, AuditAction.USER_PASSWORD_CHANGED,
                AuditAction.USER_PASSWORD_REISSUED, AuditAction.USER_SUSPENDED, AuditAction.USER_REINSTATED,
                AuditAction.USER_REPLACED, AuditAction.FACILITY_DEREGISTRATION_REQUESTED,
                AuditAction.FACILITY_DEREGISTERED, AuditAction.USER_RETIRED)), actions);
    }

    @Test
    void anExpiredPasswordLeavesOnlyMeAndThePasswordChange() throws Exception {
        ApiClient.Admitted f = api.admitFacility("しょうぶ訪問看護ステーション", "ショウブホウモンカンゴステーション", "Shoubu-Admin-2026");
        ok(200, send("GET", "/facilities/" + f.facilityId(), f.adminToken(), null));
        String table = system.resources().tableName("DomainTable");
        system.clients().dynamoDb().updateItem(request -> request.tableName(table).key(Keys.user(f.adminId()))
                .updateExpression("SET passwordChangedAt = :old")
                .expressionAttributeValues(Map.of(":old", AttributeValue.fromS(Instant.now().minus(Duration.ofDays(181)).toString()))));
        Thread.sleep(STATUS_CACHE.toMillis());

        HttpResponse<String> refused = send("GET", "/facilities/" + f.facilityId(), f.adminToken(), null);
        assertEquals(403, refused.statusCode());
        assertEquals("PASSWORD_EXPIRED", refusal(refused));
        assertEquals("PASSWORD_EXPIRED", refusal(send("GET", "/facilities/" + f.facilityId() + "/users", f.adminToken(), null)));
        assertTrue(ok(200, send("GET", "/me", f.adminToken(), null)).path("password").path("expired").asBoolean());

        ok(200, send("POST", "/me/password", f.adminToken(),
                "{\"currentPassword\":\"Shoubu-Admin-2026\",\"newPassword\":\"Shoubu-Admin-2027\"}"));
        Thread.sleep(STATUS_CACHE.toMillis());
        ok(200, send("GET", "/facilities/" + f.facilityId(), f.adminToken(), null));
        ok(200, send("GET", "/facilities/" + f.facilityId() + "/users", f.adminToken(), null));
    }

    @Test
    void aNewPasswordMustFollowThePolicy() throws Exception {
        String token = system.signIn(DemoSeed.PHARMACIST, DemoSeed.DEMO_PASSWORD);
        for (String proposal : List.of("short-1A", "alllowercase-2026", "ALLUPPERCASE-2026", "NoDigits-At-All",
                " Spaces-Around-2026 ", DemoSeed.DEMO_PASSWORD)) {
            HttpResponse<String> response = send("POST", "/me/password", token,
                    "{\"currentPassword\":\"" + DemoSeed.DEMO_PASSWORD + "\",\"newPassword\":\"" + proposal + "\"}");
            assertEquals(400, response.statusCode(), proposal);
            assertEquals("newPassword", Events.JSON.readTree(response.body()).path("errors").path(0).path("field").asText());
        }
        assertTrue(signsIn(DemoSeed.PHARMACIST, DemoSeed.DEMO_PASSWORD), "nothing changed");
    }
}
