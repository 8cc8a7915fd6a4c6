package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.gateway.Route;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on every route of template.yaml, sent through the local gateway by a caller who may use the route:
 * each answers 4xx problem+json with a Japanese title, names the wrong fields where there are fields, and leaves
 * the domain table exactly as it was.
 */
@ExtendWith(LocalSystemExtension.class)
class BadInputIT {

    private static final String UNKNOWN_ID = "01KZZZZZZZZZZZZZZZZZZZZZZZ";

    private final LocalSystem system;
    private final ApiClient api;

    BadInputIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "badinput", "入力確認市");
    }

    /** One bad request: the route it is for, what is wrong, the request, and the answer it must get. */
    private record Case(String routeKey, String what, String path, String token, String body, int status,
                        Set<String> fields) {
    }

    @Test
    void everyRouteRefusesBadInputWithJapaneseProblemsAndWritesNothing() {
        String operator = api.operatorToken();
        ApiClient.Admitted f = api.admitFacility("入力確認クリニック", "ニュウリョクカクニンクリニック", "Input-Admin-2026");
        String admin = f.adminToken();
        String facility = f.facilityId();
        ApiClient.Issued member = api.issue(facility, admin, "入力 会員", "ニュウリョク カイイン");
        String memberToken = SharedSystem.firstSignIn(system, member.userId(), member.temporaryPassword(), "Input-Member-2026");
        String active = api.issue(facility, admin, "入力 在籍", "ニュウリョク ザイセキ").userId();
        String suspended = api.issue(facility, admin, "入力 停止", "ニュウリョク テイシ").userId();
        ApiClient.expect(200, api.send("POST", "/users/" + suspended + "/suspension", admin, null));
        String retired = api.issue(facility, admin, "入力 廃止", "ニュウリョク ハイシ").userId();
        ApiClient.expect(200, api.send("DELETE", "/users/" + retired, admin, null));
        String pending = ApiClient.expect(202, api.send("POST", "/registrations", null,
                api.application("入力確認 申請中", "ニュウリョクカクニン"))).path("applicationId").asText();
        String operatorsOffice = ApiClient.expect(200, api.send("GET", "/me", operator, null)).path("facility").path("id").asText();
        api.send("GET", "/me", memberToken, null);

        String application = api.application("あおば在宅診療所", "あおばざいたくしんりょうじょ");
        String issue = ApiClient.issueBody("入力 新人", "ニュウリョク シンジン");
        String change = "{\"version\":1}";
        List<Case> cases = new ArrayList<>();
        // POST /registrations: the public application form
        String submit = "POST /registrations";
        cases.add(new Case(submit, "kana in romaji", "/registrations", null, edit(application, "facility", "kana", "Aoba"), 400, Set.of("facility.kana")));
        cases.add(new Case(submit, "postal code of 6 digits", "/registrations", null, edit(application, "facility", "postalCode", "44-50063"), 400, Set.of("facility.postalCode")));
        cases.add(new Case(submit, "phone with letters", "/registrations", null, edit(application, "facility", "phone", "0563-AB-0000"), 400, Set.of("facility.phone")));
        cases.add(new Case(submit, "e-mail without @", "/registrations", null, edit(application, "administrator", "email", "aoba.example.jp"), 400, Set.of("administrator.email")));
        cases.add(new Case(submit, "unknown kind", "/registrations", null, edit(application, "facility", "kind", "castle"), 400, Set.of("facility.kind")));
        cases.add(new Case(submit, "unknown profession", "/registrations", null, edit(application, "administrator", "profession", "wizard"), 400, Set.of("administrator.profession")));
        cases.add(new Case(submit, "no pledge", "/registrations", null, remove(application, "pledge"), 400, Set.of("pledge")));
        cases.add(new Case(submit, "terms not in force", "/registrations", null, edit(application, "pledge", "agreedTermsVersion", "2019-04-01"), 400, Set.of("pledge.agreedTermsVersion")));
        cases.add(new Case(submit, "name of 101 characters", "/registrations", null, edit(application, "facility", "name", "あ".repeat(101)), 400, Set.of("facility.name")));
        cases.add(new Case(submit, "unknown network", "/registrations", null, application.replace("\"network\":\"badinput\"", "\"network\":\"okazaki\""), 400, Set.of("network")));
        cases.add(new Case(submit, "unknown field", "/registrations", null, edit(application, "facility", "fax", "0563-00-0000"), 400, Set.of()));
        cases.add(new Case(submit, "object where text is due", "/registrations", null, application.replace("\"network\":\"badinput\"", "\"network\":{\"id\":1}"), 400, Set.of()));
        cases.add(new Case(submit, "not JSON", "/registrations", null, "{network: badinput", 400, Set.of()));
        // the operator's review
        cases.add(new Case("GET /registrations", "unknown status", "/registrations?status=lost", operator, null, 400, Set.of("status")));
        cases.add(new Case("GET /registrations", "page of 0", "/registrations?limit=0", operator, null, 400, Set.of("limit")));
        cases.add(new Case("GET /registrations", "page size not a number", "/registrations?limit=many", operator, null, 400, Set.of("limit")));
        cases.add(new Case("GET /registrations", "forged cursor", "/registrations?cursor=not-a-cursor", operator, null, 400, Set.of()));
        cases.add(new Case("GET /registrations/{applicationId}", "unknown id", "/registrations/" + UNKNOWN_ID, operator, null, 404, Set.of()));
        cases.add(new Case("GET /registrations/{applicationId}", "malformed id", "/registrations/..%2Fetc", operator, null, 404, Set.of()));
        cases.add(new Case("POST /registrations/{applicationId}/approval", "unknown id", "/registrations/" + UNKNOWN_ID + "/approval", operator, null, 404, Set.of()));
        cases.add(new Case("POST /registrations/{applicationId}/approval", "approved already", "/registrations/" + f.applicationId() + "/approval", operator, null, 409, Set.of()));
        cases.add(new Case("POST /registrations/{applicationId}/rejection", "blank reason", "/registrations/" + pending + "/rejection", operator, "{\"reason\":\" \"}", 400, Set.of("reason")));
        cases.add(new Case("POST /registrations/{applicationId}/rejection", "reason of 501 characters", "/registrations/" + pending + "/rejection", operator, "{\"reason\":\"" + "理".repeat(501) + "\"}", 400, Set.of("reason")));
        cases.add(new Case("POST /registrations/{applicationId}/rejection", "reason as an object", "/registrations/" + pending + "/rejection", operator, "{\"reason\":{\"text\":\"不備\"}}", 400, Set.of()));
        cases.add(new Case("POST /registrations/{applicationId}/rejection", "approved already", "/registrations/" + f.applicationId() + "/rejection", operator, "{\"reason\":\"重複のため\"}", 409, Set.of()));
        // the facility record
        String record = "/facilities/" + facility;
        cases.add(new Case("GET /facilities/{facilityId}", "unknown id", "/facilities/" + UNKNOWN_ID, admin, null, 404, Set.of()));
        cases.add(new Case("GET /facilities/{facilityId}", "malformed id", "/facilities/nishio", admin, null, 404, Set.of()));
        cases.add(new Case("GET /facilities/{facilityId}", "another city's facility, asked by this city's operator",
                "/facilities/" + DemoSeed.CLINIC, operator, null, 404, Set.of()));
        cases.add(new Case("PATCH /facilities/{facilityId}", "no version", record, admin, "{\"phone\":\"0563-00-0001\"}", 400, Set.of("version")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "stale version", record, admin, "{\"version\":0,\"phone\":\"0563-00-0001\"}", 409, Set.of()));
        cases.add(new Case("PATCH /facilities/{facilityId}", "kana in romaji", record, admin, edit(change, null, "kana", "Nyuryoku"), 400, Set.of("kana")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "postal code with letters", record, admin, edit(change, null, "postalCode", "445-00AB"), 400, Set.of("postalCode")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "phone too short", record, admin, edit(change, null, "phone", "0563"), 400, Set.of("phone")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "unknown kind", record, admin, edit(change, null, "kind", "castle"), 400, Set.of("kind")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "address of 201 characters", record, admin, edit(change, null, "address", "住".repeat(201)), 400, Set.of("address")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "unknown published field", record, admin, "{\"version\":1,\"publication\":{\"listed\":true,\"fields\":[\"fax\"]}}", 400, Set.of("publication.fields")));
        cases.add(new Case("PATCH /facilities/{facilityId}", "unknown field", record, admin, edit(change, null, "fax", "0563-00-0000"), 400, Set.of()));
        cases.add(new Case("PATCH /facilities/{facilityId}", "version as text", record, admin, "{\"version\":\"one\"}", 400, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration", "no reason", record + "/deregistration", admin, "{}", 400, Set.of("reason")));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration", "reason of 501 characters", record + "/deregistration", admin, "{\"reason\":\"" + "閉".repeat(501) + "\"}", 400, Set.of("reason")));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration", "unknown field", record + "/deregistration", admin, "{\"reason\":\"閉所\",\"when\":\"now\"}", 400, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration", "unknown facility", "/facilities/" + UNKNOWN_ID + "/deregistration", admin, "{\"reason\":\"閉所\"}", 404, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration/approval", "nothing applied for", record + "/deregistration/approval", operator, null, 409, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/deregistration/approval", "unknown facility", "/facilities/" + UNKNOWN_ID + "/deregistration/approval", operator, null, 404, Set.of()));
        // reports to the operator
        String report = ApiClient.expect(201, api.send("POST", "/incident-reports", admin,
                "{\"kind\":\"lost_device\",\"occurredAt\":\"2026-11-20T10:00:00+09:00\",\"description\":\"端末を紛失\"}")).path("id").asText();
        String incident = "{\"kind\":\"%s\",\"occurredAt\":\"%s\",\"description\":\"%s\"}";
        cases.add(new Case("POST /incident-reports", "unknown kind", "/incident-reports", admin, incident.formatted("earthquake", "2026-11-20T10:00", "停電"), 400, Set.of("kind")));
        cases.add(new Case("POST /incident-reports", "no time", "/incident-reports", admin, "{\"kind\":\"other\",\"description\":\"x\"}", 400, Set.of("occurredAt")));
        cases.add(new Case("POST /incident-reports", "a date in words", "/incident-reports", admin, incident.formatted("other", "昨日の夕方", "x"), 400, Set.of("occurredAt")));
        cases.add(new Case("POST /incident-reports", "tomorrow", "/incident-reports", admin, incident.formatted("other", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1) + "T10:00", "x"), 400, Set.of("occurredAt")));
        cases.add(new Case("POST /incident-reports", "no description", "/incident-reports", admin, incident.formatted("other", "2026-11-20T10:00", " "), 400, Set.of("description")));
        cases.add(new Case("POST /incident-reports", "description of 2001 characters", "/incident-reports", admin, incident.formatted("other", "2026-11-20T10:00", "報".repeat(2001)), 400, Set.of("description")));
        cases.add(new Case("POST /incident-reports", "unknown field", "/incident-reports", admin, "{\"kind\":\"other\",\"occurredAt\":\"2026-11-20T10:00\",\"description\":\"x\",\"status\":\"resolved\"}", 400, Set.of()));
        cases.add(new Case("GET /incident-reports", "unknown status", "/incident-reports?status=closed", operator, null, 400, Set.of("status")));
        cases.add(new Case("GET /incident-reports", "page of 101", "/incident-reports?limit=101", operator, null, 400, Set.of("limit")));
        cases.add(new Case("GET /incident-reports", "forged cursor", "/incident-reports?cursor=%25%25", operator, null, 400, Set.of()));
        cases.add(new Case("GET /incident-reports/{reportId}", "unknown report", "/incident-reports/" + UNKNOWN_ID, operator, null, 404, Set.of()));
        cases.add(new Case("GET /incident-reports/{reportId}", "malformed id", "/incident-reports/latest", operator, null, 404, Set.of()));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "no version", "/incident-reports/" + report, operator, "{\"status\":\"resolved\"}", 400, Set.of("version")));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "nothing to change", "/incident-reports/" + report, operator, "{\"version\":1}", 400, Set.of("status")));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "unknown status", "/incident-reports/" + report, operator, "{\"version\":1,\"status\":\"closed\"}", 400, Set.of("status")));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "blank measures", "/incident-reports/" + report, operator, "{\"version\":1,\"measures\":\" \"}", 400, Set.of("measures")));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "stale version", "/incident-reports/" + report, operator, "{\"version\":7,\"status\":\"resolved\"}", 409, Set.of()));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "version as text", "/incident-reports/" + report, operator, "{\"version\":\"一\",\"status\":\"resolved\"}", 400, Set.of()));
        cases.add(new Case("PATCH /incident-reports/{reportId}", "unknown report", "/incident-reports/" + UNKNOWN_ID, operator, "{\"version\":1,\"status\":\"resolved\"}", 404, Set.of()));

        // the audit log
        String staff = "/audit-events?userId=" + f.adminId();
        cases.add(new Case("GET /audit-events", "no subject", "/audit-events", operator, null, 400, Set.of("patientId")));
        cases.add(new Case("GET /audit-events", "two subjects", staff + "&facilityId=" + f.facilityId(), operator, null, 400, Set.of("patientId")));
        cases.add(new Case("GET /audit-events", "malformed patient id", "/audit-events?patientId=taro", operator, null, 400, Set.of("patientId")));
        cases.add(new Case("GET /audit-events", "malformed facility id", "/audit-events?facilityId=clinic", operator, null, 400, Set.of("facilityId")));
        cases.add(new Case("GET /audit-events", "a user id with spaces", "/audit-events?userId=a%20b", operator, null, 400, Set.of("userId")));
        cases.add(new Case("GET /audit-events", "a date in words", staff + "&from=" + java.net.URLEncoder.encode("先月", java.nio.charset.StandardCharsets.UTF_8), operator, null, 400, Set.of("from")));
        cases.add(new Case("GET /audit-events", "from after to", staff + "&from=2026-11-20&to=2026-11-01", operator, null, 400, Set.of("from")));
        cases.add(new Case("GET /audit-events", "two years", staff + "&from=2024-11-01&to=2026-11-01", operator, null, 400, Set.of("to")));
        cases.add(new Case("GET /audit-events", "page of 201", staff + "&limit=201", operator, null, 400, Set.of("limit")));
        cases.add(new Case("GET /audit-events", "forged cursor", staff + "&cursor=%25%25", operator, null, 400, Set.of()));
        cases.add(new Case("GET /audit-events", "a cursor of another shape", staff + "&cursor=" + jp.igetanet.core.paging.Cursor.encode("PATIENT#x", "POST#y", "z"), operator, null, 400, Set.of()));
        cases.add(new Case("GET /audit-events", "unknown user", "/audit-events?userId=nobody", operator, null, 404, Set.of()));
        cases.add(new Case("GET /audit-events", "unknown patient", "/audit-events?patientId=" + UNKNOWN_ID, operator, null, 404, Set.of()));
        cases.add(new Case("GET /audit-events", "a patient, by an administrator", "/audit-events?patientId=" + UNKNOWN_ID, admin, null, 403, Set.of()));
        cases.add(new Case("GET /audit-events/verification", "a date in words", "/audit-events/verification?from=yesterday", operator, null, 400, Set.of("from")));
        cases.add(new Case("GET /audit-events/verification", "from after to", "/audit-events/verification?from=2026-11-20&to=2026-11-01", operator, null, 400, Set.of("from")));
        cases.add(new Case("GET /audit-events/verification", "forty days", "/audit-events/verification?from=2026-10-01&to=2026-11-09", operator, null, 400, Set.of("to")));

        // collaboration agreements: a partner network, one open proposal to it, one proposal received from it
        ApiClient partner = ApiClient.inNewNetwork(system, "badinput-partner", "入力確認協定市");
        ApiClient third = ApiClient.inNewNetwork(system, "badinput-third", "入力確認第三市");
        String agreements = "/networks/" + api.networkId() + "/agreements";
        String proposed = ApiClient.expect(201, api.send("POST", agreements, operator,
                "{\"partnerNetworkId\":\"badinput-partner\",\"title\":\"入力確認の協定\"}")).path("id").asText();
        ApiClient.expect(201, third.send("POST", "/networks/badinput-third/agreements", third.operatorToken(),
                "{\"partnerNetworkId\":\"" + api.networkId() + "\",\"title\":\"第三市からの協定\"}"));
        // one token: a second sign-in in a later second would be noted by its first request, a write the case must not see
        String partnerOperator = partner.operatorToken();
        String ended = ApiClient.expect(201, partner.send("POST", "/networks/badinput-partner/agreements", partnerOperator,
                "{\"partnerNetworkId\":\"badinput-third\",\"title\":\"終了する協定\"}")).path("id").asText();
        ApiClient.expect(200, partner.send("DELETE", "/networks/badinput-partner/agreements/" + ended, partnerOperator, null));
        cases.add(new Case("GET /networks/{networkId}/agreements", "another network's agreements", "/networks/badinput-partner/agreements", operator, null, 403, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements", "no partner", agreements, operator, "{\"title\":\"協定\"}", 400, Set.of("partnerNetworkId")));
        cases.add(new Case("POST /networks/{networkId}/agreements", "unknown partner", agreements, operator, "{\"partnerNetworkId\":\"atlantis\",\"title\":\"協定\"}", 400, Set.of("partnerNetworkId")));
        cases.add(new Case("POST /networks/{networkId}/agreements", "its own network", agreements, operator, "{\"partnerNetworkId\":\"" + api.networkId() + "\",\"title\":\"協定\"}", 400, Set.of("partnerNetworkId")));
        cases.add(new Case("POST /networks/{networkId}/agreements", "no title", agreements, operator, "{\"partnerNetworkId\":\"badinput-third\"}", 400, Set.of("title")));
        cases.add(new Case("POST /networks/{networkId}/agreements", "title of 501 characters", agreements, operator, "{\"partnerNetworkId\":\"badinput-third\",\"title\":\"" + "協".repeat(501) + "\"}", 400, Set.of("title")));
        cases.add(new Case("POST /networks/{networkId}/agreements", "unknown field", agreements, operator, "{\"partnerNetworkId\":\"badinput-third\",\"title\":\"協定\",\"status\":\"in_force\"}", 400, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements", "a second one with the same network", agreements, operator, "{\"partnerNetworkId\":\"badinput-partner\",\"title\":\"二つ目\"}", 409, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements", "the reverse of a received one", agreements, operator, "{\"partnerNetworkId\":\"badinput-third\",\"title\":\"逆向き\"}", 409, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements/{agreementId}/acceptance", "by the proposing side", agreements + "/" + proposed + "/acceptance", operator, null, 409, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements/{agreementId}/acceptance", "unknown agreement", agreements + "/" + UNKNOWN_ID + "/acceptance", operator, null, 404, Set.of()));
        cases.add(new Case("POST /networks/{networkId}/agreements/{agreementId}/acceptance", "another pair's agreement", agreements + "/" + ended + "/acceptance", operator, null, 404, Set.of()));
        cases.add(new Case("DELETE /networks/{networkId}/agreements/{agreementId}", "malformed id", agreements + "/latest", operator, null, 404, Set.of()));
        cases.add(new Case("DELETE /networks/{networkId}/agreements/{agreementId}", "an ended agreement", "/networks/badinput-partner/agreements/" + ended, partnerOperator, null, 404, Set.of()));
        cases.add(new Case("DELETE /networks/{networkId}/agreements/{agreementId}", "unknown agreement", agreements + "/" + UNKNOWN_ID, operator, null, 404, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/suspension", "the operator's own office", "/facilities/" + operatorsOffice + "/suspension", operator, null, 409, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/suspension", "unknown facility", "/facilities/" + UNKNOWN_ID + "/suspension", operator, null, 404, Set.of()));
        cases.add(new Case("DELETE /facilities/{facilityId}/suspension", "not suspended", record + "/suspension", operator, null, 409, Set.of()));
        cases.add(new Case("DELETE /facilities/{facilityId}/suspension", "malformed id", "/facilities/%20/suspension", operator, null, 404, Set.of()));
        // the signed-in user's own account
        cases.add(new Case("GET /me", "an answer in XML asked for", "/me#xml", memberToken, null, 406, Set.of()));
        cases.add(new Case("POST /me/password", "no current password", "/me/password", memberToken, "{\"newPassword\":\"Input-Member-2027\"}", 400, Set.of("currentPassword")));
        cases.add(new Case("POST /me/password", "new password too weak", "/me/password", memberToken, "{\"currentPassword\":\"Input-Member-2026\",\"newPassword\":\"weak\"}", 400, Set.of("newPassword")));
        cases.add(new Case("POST /me/password", "new password same as current", "/me/password", memberToken, "{\"currentPassword\":\"Input-Member-2026\",\"newPassword\":\"Input-Member-2026\"}", 400, Set.of("newPassword")));
        cases.add(new Case("POST /me/password", "wrong current password", "/me/password", memberToken, "{\"currentPassword\":\"Not-Hers-2026\",\"newPassword\":\"Input-Member-2027\"}", 400, null));
        cases.add(new Case("POST /me/password", "unknown field", "/me/password", memberToken, "{\"currentPassword\":\"Input-Member-2026\",\"newPassword\":\"Input-Member-2027\",\"mfa\":true}", 400, Set.of()));
        cases.add(new Case("POST /me/password", "password as a number", "/me/password", memberToken, "{\"currentPassword\":{},\"newPassword\":\"Input-Member-2027\"}", 400, Set.of()));
        // ID issuance
        String users = record + "/users";
        cases.add(new Case("POST /facilities/{facilityId}/users", "kana in romaji", users, admin, edit(issue, null, "kana", "Shinjin"), 400, Set.of("kana")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "unknown profession", users, admin, edit(issue, null, "profession", "wizard"), 400, Set.of("profession")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "e-mail without @", users, admin, edit(issue, null, "email", "shinjin.example.jp"), 400, Set.of("email")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "operator role", users, admin, edit(issue, null, "role", "operator"), 400, Set.of("role")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "no pledge", users, admin, remove(issue, "pledge"), 400, Set.of("pledge")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "pledge signed in the future", users, admin, edit(issue, "pledge", "signedOn", "2099-01-01"), 400, Set.of("pledge.signedOn")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "name of 101 characters", users, admin, edit(issue, null, "name", "名".repeat(101)), 400, Set.of("name")));
        cases.add(new Case("POST /facilities/{facilityId}/users", "unknown field", users, admin, edit(issue, null, "fax", "0563-00-0000"), 400, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/users", "pledge as text", users, admin, issue.replaceFirst("\"pledge\":\\{[^}]*}", "\"pledge\":\"signed\""), 400, Set.of()));
        cases.add(new Case("POST /facilities/{facilityId}/users", "unknown facility", "/facilities/" + UNKNOWN_ID + "/users", admin, issue, 404, Set.of()));
        cases.add(new Case("GET /facilities/{facilityId}/users", "page of 101", users + "?limit=101", admin, null, 400, Set.of("limit")));
        cases.add(new Case("GET /facilities/{facilityId}/users", "forged cursor", users + "?cursor=%25%25%25", admin, null, 400, Set.of()));
        cases.add(new Case("GET /facilities/{facilityId}/users", "unknown facility", "/facilities/" + UNKNOWN_ID + "/users", admin, null, 404, Set.of()));
        cases.add(new Case("GET /users/{userId}", "unknown user", "/users/u-unknown", admin, null, 404, Set.of()));
        cases.add(new Case("GET /users/{userId}", "a demo network's user", "/users/" + DemoSeed.NURSE, admin, null, 404, Set.of()));
        cases.add(new Case("DELETE /users/{userId}", "retired already", "/users/" + retired, admin, null, 409, Set.of()));
        cases.add(new Case("DELETE /users/{userId}", "unknown user", "/users/u-unknown", admin, null, 404, Set.of()));
        cases.add(new Case("POST /users/{userId}/password-reissue", "retired user", "/users/" + retired + "/password-reissue", admin, null, 409, Set.of()));
        cases.add(new Case("POST /users/{userId}/password-reissue", "unknown user", "/users/u-unknown/password-reissue", admin, null, 404, Set.of()));
        cases.add(new Case("POST /users/{userId}/suspension", "suspended already", "/users/" + suspended + "/suspension", admin, null, 409, Set.of()));
        cases.add(new Case("POST /users/{userId}/suspension", "unknown user", "/users/u-unknown/suspension", admin, null, 404, Set.of()));
        cases.add(new Case("DELETE /users/{userId}/suspension", "not suspended", "/users/" + active + "/suspension", admin, null, 409, Set.of()));
        cases.add(new Case("DELETE /users/{userId}/suspension", "retired user", "/users/" + retired + "/suspension", admin, null, 409, Set.of()));
        cases.add(new Case("POST /users/{userId}/replacement", "retired user", "/users/" + retired + "/replacement", operator, null, 409, Set.of()));
        cases.add(new Case("POST /users/{userId}/replacement", "unknown user", "/users/u-unknown/replacement", operator, null, 404, Set.of()));
        // patients and care teams: the member registered one patient and is its care team
        String patient = api.registerPatient(memberToken, "入力 患者", "ニュウリョク カンジャ");
        String scan = api.uploadConsentForm(memberToken, new byte[]{'%', 'P', 'D', 'F'});
        String register = "{\"name\":\"入力 次郎\",\"kana\":\"ニュウリョク ジロウ\",\"birthDate\":\"1940-01-01\",\"sex\":\"male\","
                + "\"address\":\"愛知県西尾市1-1\",\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + scan + "\"}}";
        String patients = "POST /patients";
        cases.add(new Case("POST /consent-forms", "a text file", "/consent-forms", memberToken, "{\"contentType\":\"text/plain\",\"bytes\":4}", 400, Set.of("contentType")));
        cases.add(new Case("POST /consent-forms", "no type", "/consent-forms", memberToken, "{\"bytes\":4}", 400, Set.of("contentType")));
        cases.add(new Case("POST /consent-forms", "no size", "/consent-forms", memberToken, "{\"contentType\":\"application/pdf\"}", 400, Set.of("bytes")));
        cases.add(new Case("POST /consent-forms", "an empty file", "/consent-forms", memberToken, "{\"contentType\":\"application/pdf\",\"bytes\":0}", 400, Set.of("bytes")));
        cases.add(new Case("POST /consent-forms", "one byte over 10 MB", "/consent-forms", memberToken, "{\"contentType\":\"application/pdf\",\"bytes\":10485761}", 400, Set.of("bytes")));
        cases.add(new Case("POST /consent-forms", "nothing declared", "/consent-forms", memberToken, "{}", 400, Set.of("contentType", "bytes")));
        cases.add(new Case("POST /consent-forms", "unknown field", "/consent-forms", memberToken, "{\"contentType\":\"application/pdf\",\"bytes\":4,\"size\":1}", 400, Set.of()));
        cases.add(new Case(patients, "no consent", "/patients", memberToken, remove(register, "consent"), 400, Set.of("consent")));
        cases.add(new Case(patients, "kana in romaji", "/patients", memberToken, edit(register, null, "kana", "Jiro"), 400, Set.of("kana")));
        cases.add(new Case(patients, "born in the future", "/patients", memberToken, edit(register, null, "birthDate", "2099-01-01"), 400, Set.of("birthDate")));
        cases.add(new Case(patients, "birth date in another form", "/patients", memberToken, edit(register, null, "birthDate", "昭和15年1月1日"), 400, Set.of("birthDate")));
        cases.add(new Case(patients, "unknown sex code", "/patients", memberToken, edit(register, null, "sex", "m"), 400, Set.of("sex")));
        cases.add(new Case(patients, "insurer number of 7 digits", "/patients", memberToken, edit(register, null, "medicalInsurerNumber", "1234567"), 400, Set.of("medicalInsurerNumber")));
        cases.add(new Case(patients, "care insurer number with letters", "/patients", memberToken, edit(register, null, "careInsurerNumber", "23213A"), 400, Set.of("careInsurerNumber")));
        cases.add(new Case(patients, "name of 101 characters", "/patients", memberToken, edit(register, null, "name", "患".repeat(101)), 400, Set.of("name")));
        cases.add(new Case(patients, "consent given by a neighbour", "/patients", memberToken, edit(register, "consent", "givenBy", "neighbour"), 400, Set.of("consent.givenBy")));
        cases.add(new Case(patients, "family consent without the family", "/patients", memberToken, edit(register, "consent", "givenBy", "family"), 400, Set.of("consent.family")));
        cases.add(new Case(patients, "consent dated in the future", "/patients", memberToken, edit(register, "consent", "consentedOn", "2099-01-01"), 400, Set.of("consent.consentedOn")));
        cases.add(new Case(patients, "a form id never issued", "/patients", memberToken, edit(register, "consent", "formId", UNKNOWN_ID), 400, Set.of("consent.formId")));
        cases.add(new Case(patients, "another user's form", "/patients", admin, register, 400, Set.of("consent.formId")));
        cases.add(new Case(patients, "unknown field", "/patients", memberToken, edit(register, null, "bloodType", "A"), 400, Set.of()));
        cases.add(new Case("GET /patients", "page of 0", "/patients?limit=0", memberToken, null, 400, Set.of("limit")));
        cases.add(new Case("GET /patients", "search of 51 characters", "/patients?q=" + "ア".repeat(51), memberToken, null, 400, Set.of("q")));
        cases.add(new Case("GET /patients", "forged cursor", "/patients?cursor=bm90LWEtY3Vyc29y", memberToken, null, 400, Set.of()));
        cases.add(new Case("GET /patients/{patientId}", "unknown patient", "/patients/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}", "malformed id", "/patients/..%2Fusers", memberToken, null, 404, Set.of()));
        cases.add(new Case("PATCH /patients/{patientId}", "no version", "/patients/" + patient, memberToken, "{\"address\":\"西尾市\"}", 400, Set.of("version")));
        cases.add(new Case("PATCH /patients/{patientId}", "stale version", "/patients/" + patient, memberToken, "{\"version\":0,\"address\":\"西尾市\"}", 409, Set.of()));
        cases.add(new Case("PATCH /patients/{patientId}", "kana in romaji", "/patients/" + patient, memberToken, "{\"version\":1,\"kana\":\"Kanja\"}", 400, Set.of("kana")));
        cases.add(new Case("PATCH /patients/{patientId}", "unknown field", "/patients/" + patient, memberToken, "{\"version\":1,\"room\":\"201\"}", 400, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/team", "unknown patient", "/patients/" + UNKNOWN_ID + "/team", memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/team", "no user", "/patients/" + patient + "/team", memberToken, "{}", 400, Set.of("userId")));
        cases.add(new Case("POST /patients/{patientId}/team", "a retired user", "/patients/" + patient + "/team", memberToken, "{\"userId\":\"" + retired + "\"}", 400, Set.of("userId")));
        cases.add(new Case("POST /patients/{patientId}/team", "a user of another network", "/patients/" + patient + "/team", memberToken, "{\"userId\":\"" + DemoSeed.NURSE + "\"}", 400, Set.of("userId")));
        cases.add(new Case("POST /patients/{patientId}/team", "already a member", "/patients/" + patient + "/team", memberToken, "{\"userId\":\"" + member.userId() + "\"}", 409, Set.of()));
        cases.add(new Case("DELETE /patients/{patientId}/team/{userId}", "not a member", "/patients/" + patient + "/team/" + active, memberToken, null, 404, Set.of()));
        cases.add(new Case("DELETE /patients/{patientId}/team/{userId}", "the last member", "/patients/" + patient + "/team/" + member.userId(), memberToken, null, 409, Set.of()));
        String notUploaded = ApiClient.expect(201, api.send("POST", "/patients/" + patient + "/attachments", memberToken,
                "{\"contentType\":\"image/png\",\"bytes\":4}")).path("attachmentId").asText();
        String posts = "/patients/" + patient + "/posts";
        String vitals = "{\"category\":\"vitals\",\"vitals\":{%s}}";
        cases.add(new Case("POST /patients/{patientId}/posts", "unknown category", posts, memberToken, "{\"category\":\"diary\",\"text\":\"x\"}", 400, Set.of("category")));
        cases.add(new Case("POST /patients/{patientId}/posts", "neither text nor vitals", posts, memberToken, "{\"category\":\"visit\",\"text\":\"  \"}", 400, Set.of("text")));
        cases.add(new Case("POST /patients/{patientId}/posts", "text of 4001 characters", posts, memberToken, "{\"category\":\"visit\",\"text\":\"" + "記".repeat(4001) + "\"}", 400, Set.of("text")));
        cases.add(new Case("POST /patients/{patientId}/posts", "systolic 400 mmHg", posts, memberToken, vitals.formatted("\"systolic\":400"), 400, Set.of("vitals.systolic")));
        cases.add(new Case("POST /patients/{patientId}/posts", "diastolic above systolic", posts, memberToken, vitals.formatted("\"systolic\":110,\"diastolic\":120"), 400, Set.of("vitals.diastolic")));
        cases.add(new Case("POST /patients/{patientId}/posts", "temperature in Fahrenheit", posts, memberToken, vitals.formatted("\"temperature\":98.6"), 400, Set.of("vitals.temperature")));
        cases.add(new Case("POST /patients/{patientId}/posts", "temperature of two decimals", posts, memberToken, vitals.formatted("\"temperature\":36.55"), 400, Set.of("vitals.temperature")));
        cases.add(new Case("POST /patients/{patientId}/posts", "SpO2 of 101 %", posts, memberToken, vitals.formatted("\"spo2\":101"), 400, Set.of("vitals.spo2")));
        cases.add(new Case("POST /patients/{patientId}/posts", "pain of 11", posts, memberToken, vitals.formatted("\"pain\":11"), 400, Set.of("vitals.pain")));
        cases.add(new Case("POST /patients/{patientId}/posts", "pulse as text", posts, memberToken, vitals.formatted("\"pulse\":\"速い\""), 400, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/posts", "unknown vital", posts, memberToken, vitals.formatted("\"glucose\":110"), 400, Set.of()));
        String medication = "{\"category\":\"medication\",\"medications\":[%s]}";
        String lab = "{\"category\":\"lab\",\"labResults\":[%s]}";
        cases.add(new Case("POST /patients/{patientId}/posts", "YJ code of 11 characters", posts, memberToken, medication.formatted("{\"yjCode\":\"2171022F202\",\"name\":\"ノルバスク錠５ｍｇ\"}"), 400, Set.of("medications[0].yjCode")));
        cases.add(new Case("POST /patients/{patientId}/posts", "YJ code in lower case", posts, memberToken, medication.formatted("{\"yjCode\":\"2171022f2025\",\"name\":\"ノルバスク錠５ｍｇ\"}"), 400, Set.of("medications[0].yjCode")));
        cases.add(new Case("POST /patients/{patientId}/posts", "medication without a name", posts, memberToken, medication.formatted("{\"yjCode\":\"2171022F2025\"}"), 400, Set.of("medications[0].name")));
        cases.add(new Case("POST /patients/{patientId}/posts", "medication ending before it starts", posts, memberToken, medication.formatted("{\"name\":\"薬\",\"startDate\":\"2026-10-10\",\"endDate\":\"2026-10-01\"}"), 400, Set.of("medications[0].endDate")));
        cases.add(new Case("POST /patients/{patientId}/posts", "medication start date as words", posts, memberToken, medication.formatted("{\"name\":\"薬\",\"startDate\":\"先月\"}"), 400, Set.of("medications[0].startDate")));
        cases.add(new Case("POST /patients/{patientId}/posts", "negative dose", posts, memberToken, medication.formatted("{\"name\":\"薬\",\"dose\":-1}"), 400, Set.of("medications[0].dose")));
        cases.add(new Case("POST /patients/{patientId}/posts", "31 medications", posts, memberToken, medication.formatted(String.join(",", java.util.Collections.nCopies(31, "{\"name\":\"薬\"}"))), 400, Set.of("medications")));
        cases.add(new Case("POST /patients/{patientId}/posts", "null medication", posts, memberToken, "{\"category\":\"medication\",\"text\":\"処方\",\"medications\":[null]}", 400, Set.of("medications[0]")));
        cases.add(new Case("POST /patients/{patientId}/posts", "JLAC10 code of 16 characters", posts, memberToken, lab.formatted("{\"code\":\"3C01500000232710\",\"name\":\"クレアチニン\",\"value\":1.0,\"specimenDate\":\"2026-11-01\"}"), 400, Set.of("labResults[0].code")));
        cases.add(new Case("POST /patients/{patientId}/posts", "lab result without a value", posts, memberToken, lab.formatted("{\"name\":\"クレアチニン\",\"specimenDate\":\"2026-11-01\"}"), 400, Set.of("labResults[0].value")));
        cases.add(new Case("POST /patients/{patientId}/posts", "lab result without a specimen date", posts, memberToken, lab.formatted("{\"name\":\"クレアチニン\",\"value\":1.0}"), 400, Set.of("labResults[0].specimenDate")));
        cases.add(new Case("POST /patients/{patientId}/posts", "specimen taken tomorrow", posts, memberToken, lab.formatted("{\"name\":\"クレアチニン\",\"value\":1.0,\"specimenDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1) + "\"}"), 400, Set.of("labResults[0].specimenDate")));
        cases.add(new Case("POST /patients/{patientId}/posts", "reference range upside down", posts, memberToken, lab.formatted("{\"name\":\"K\",\"value\":4.0,\"referenceLow\":4.8,\"referenceHigh\":3.6,\"specimenDate\":\"2026-11-01\"}"), 400, Set.of("labResults[0].referenceHigh")));
        cases.add(new Case("POST /patients/{patientId}/posts", "unknown attachment", posts, memberToken, "{\"category\":\"other\",\"attachmentIds\":[\"" + UNKNOWN_ID + "\"]}", 400, Set.of("attachmentIds")));
        cases.add(new Case("POST /patients/{patientId}/posts", "attachment never uploaded", posts, memberToken, "{\"category\":\"other\",\"attachmentIds\":[\"" + notUploaded + "\"]}", 400, Set.of("attachmentIds")));
        cases.add(new Case("POST /patients/{patientId}/posts", "the same attachment twice", posts, memberToken, "{\"category\":\"other\",\"text\":\"x\",\"attachmentIds\":[\"" + UNKNOWN_ID + "\",\"" + UNKNOWN_ID + "\"]}", 400, Set.of("attachmentIds")));
        cases.add(new Case("POST /patients/{patientId}/posts", "unknown patient", "/patients/" + UNKNOWN_ID + "/posts", memberToken, "{\"category\":\"visit\",\"text\":\"x\"}", 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/posts", "unknown category", posts + "?category=diary", memberToken, null, 400, Set.of("category")));
        cases.add(new Case("GET /patients/{patientId}/posts", "page of 51", posts + "?limit=51", memberToken, null, 400, Set.of("limit")));
        cases.add(new Case("GET /patients/{patientId}/posts", "forged cursor", posts + "?cursor=%25%25", memberToken, null, 400, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/posts/{postId}", "unknown post", posts + "/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/posts/{postId}", "malformed post id", posts + "/latest", memberToken, null, 404, Set.of()));
        String post = ApiClient.expect(201, api.send("POST", posts, memberToken, "{\"category\":\"visit\",\"text\":\"訪問\"}"))
                .path("id").asText();
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/corrections", "no reason", posts + "/" + post + "/corrections", memberToken, "{\"text\":\"訂正\"}", 400, Set.of("reason")));
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/corrections", "unknown category", posts + "/" + post + "/corrections", memberToken, "{\"category\":\"diary\",\"reason\":\"誤り\"}", 400, Set.of("category")));
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/corrections", "pulse of 300", posts + "/" + post + "/corrections", memberToken, "{\"vitals\":{\"pulse\":300},\"reason\":\"誤り\"}", 400, Set.of("vitals.pulse")));
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/corrections", "unknown post", posts + "/" + UNKNOWN_ID + "/corrections", memberToken, "{\"text\":\"訂正\",\"reason\":\"誤り\"}", 404, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/corrections", "unknown field", posts + "/" + post + "/corrections", memberToken, "{\"text\":\"訂正\",\"reason\":\"誤り\",\"version\":1}", 400, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/posts/{postId}/read", "unknown post", posts + "/" + UNKNOWN_ID + "/read", memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/posts/{postId}/readers", "unknown post", posts + "/" + UNKNOWN_ID + "/readers", memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/observations", "no code", "/patients/" + patient + "/observations", memberToken, null, 400, Set.of("code")));
        cases.add(new Case("GET /patients/{patientId}/observations", "unknown code", "/patients/" + patient + "/observations?code=glucose", memberToken, null, 400, Set.of("code")));
        cases.add(new Case("GET /patients/{patientId}/observations", "the uncoded lab code", "/patients/" + patient + "/observations?code=99999999999999999", memberToken, null, 400, Set.of("code")));
        cases.add(new Case("GET /patients/{patientId}/medications", "unknown patient", "/patients/" + UNKNOWN_ID + "/medications", memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/medications", "malformed patient id", "/patients/taro/medications", memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/observations", "unknown patient", "/patients/" + UNKNOWN_ID + "/observations?code=pulse", memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/attachments", "a spreadsheet", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"application/vnd.ms-excel\",\"bytes\":4}", 400, Set.of("contentType")));
        cases.add(new Case("POST /patients/{patientId}/attachments", "no size", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"image/png\"}", 400, Set.of("bytes")));
        cases.add(new Case("POST /patients/{patientId}/attachments", "one byte over 10 MB", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"image/png\",\"bytes\":10485761}", 400, Set.of("bytes")));
        cases.add(new Case("POST /patients/{patientId}/attachments", "a negative size", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"image/png\",\"bytes\":-1}", 400, Set.of("bytes")));
        cases.add(new Case("POST /patients/{patientId}/attachments", "a size in words", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"image/png\",\"bytes\":\"small\"}", 400, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/attachments", "unknown field", "/patients/" + patient + "/attachments", memberToken, "{\"contentType\":\"image/png\",\"bytes\":4,\"name\":\"x.png\"}", 400, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/attachments/{attachmentId}", "never uploaded", "/patients/" + patient + "/attachments/" + notUploaded, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /patients/{patientId}/attachments/{attachmentId}", "unknown attachment", "/patients/" + patient + "/attachments/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        String renewalForm = api.uploadConsentForm(memberToken, new byte[]{'%', 'P', 'D', 'F'}, patient);
        String consents = "/patients/" + patient + "/consents";
        String renewal = "{\"givenBy\":\"family\",\"family\":{\"name\":\"入力 花子\",\"relation\":\"長女\",\"reason\":\"unable\"},"
                + "\"consentedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + renewalForm + "\"}";
        cases.add(new Case("GET /patients/{patientId}/consents", "unknown patient", "/patients/" + UNKNOWN_ID + "/consents", memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /patients/{patientId}/consents", "family without relation", consents, memberToken, renewal.replace("\"relation\":\"長女\",", ""), 400, Set.of("family.relation")));
        cases.add(new Case("POST /patients/{patientId}/consents", "reason not known", consents, memberToken, renewal.replace("unable", "busy"), 400, Set.of("family.reason")));
        cases.add(new Case("POST /patients/{patientId}/consents", "consent of two years ago", consents, memberToken, edit(renewal, null, "consentedOn", java.time.LocalDate.now().minusYears(2).toString()), 400, Set.of("consentedOn")));
        cases.add(new Case("POST /patients/{patientId}/consents", "a new patient's form", consents, memberToken, edit(renewal, null, "formId", scan), 400, Set.of("formId")));
        cases.add(new Case("POST /patients/{patientId}/consents", "unknown field", consents, memberToken, edit(renewal, null, "witness", "x"), 400, Set.of()));
        String withdrawal = "/patients/" + patient + "/consent-withdrawal";
        String withdraw = "POST /patients/{patientId}/consent-withdrawal";
        String request = "{\"requestedBy\":\"family\",\"relation\":\"長男\",\"receivedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\",\"note\":\"電話で申し出\"}";
        cases.add(new Case(withdraw, "family without relation", withdrawal, memberToken, request.replace("\"relation\":\"長男\",", ""), 400, Set.of("relation")));
        cases.add(new Case(withdraw, "the patient with a relation", withdrawal, memberToken, request.replace("family", "patient"), 400, Set.of("relation")));
        cases.add(new Case(withdraw, "requested by a neighbour", withdrawal, memberToken, request.replace("family", "neighbour"), 400, Set.of("requestedBy")));
        cases.add(new Case(withdraw, "received tomorrow", withdrawal, memberToken, edit(request, null, "receivedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString()), 400, Set.of("receivedOn")));
        cases.add(new Case(withdraw, "received in words", withdrawal, memberToken, edit(request, null, "receivedOn", "昨日"), 400, Set.of("receivedOn")));
        cases.add(new Case(withdraw, "note of 501 characters", withdrawal, memberToken, edit(request, null, "note", "あ".repeat(501)), 400, Set.of("note")));
        cases.add(new Case(withdraw, "unknown field", withdrawal, memberToken, edit(request, null, "reason", "転居"), 400, Set.of()));
        cases.add(new Case(withdraw, "unknown patient", "/patients/" + UNKNOWN_ID + "/consent-withdrawal", memberToken, request, 404, Set.of()));
        cases.add(new Case("GET /consent-withdrawals/{withdrawalId}", "unknown withdrawal", "/consent-withdrawals/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /consent-withdrawals/{withdrawalId}", "not an id", "/consent-withdrawals/last", memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /consent-forms", "for a patient not in one's care team", "/consent-forms", admin, "{\"contentType\":\"application/pdf\",\"bytes\":4,\"patientId\":\"" + patient + "\"}", 404, Set.of()));
        // the portal
        cases.add(new Case("GET /portal/facilities", "no network", "/portal/facilities", null, null, 400, Set.of("network")));
        cases.add(new Case("GET /portal/facilities", "unknown kind", "/portal/facilities?network=badinput&kind=castle", null, null, 400, Set.of("kind")));
        cases.add(new Case("GET /portal/facilities", "search of 101 characters", "/portal/facilities?network=badinput&q=" + "a".repeat(101), null, null, 400, Set.of("q")));
        cases.add(new Case("GET /portal/facilities", "unknown network", "/portal/facilities?network=okazaki", null, null, 404, Set.of()));
        cases.add(new Case("GET /portal/facilities/{facilityId}", "unknown facility", "/portal/facilities/" + UNKNOWN_ID, null, null, 404, Set.of()));
        String nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusYears(1).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        cases.add(new Case("GET /portal/overview", "no network", "/portal/overview", null, null, 400, Set.of("network")));
        cases.add(new Case("GET /portal/overview", "unknown network", "/portal/overview?network=okazaki", null, null, 404, Set.of()));
        cases.add(new Case("PUT /portal/overview", "no title", "/portal/overview", operator, "{\"body\":\"紹介\",\"version\":0}", 400, Set.of("title")));
        cases.add(new Case("PUT /portal/overview", "no version", "/portal/overview", operator, "{\"title\":\"紹介\",\"body\":\"紹介\"}", 400, Set.of("version")));
        cases.add(new Case("PUT /portal/overview", "an old version", "/portal/overview", operator, "{\"title\":\"紹介\",\"body\":\"紹介\",\"version\":7}", 409, Set.of()));
        cases.add(new Case("GET /portal/announcements", "unknown kind", "/portal/announcements?network=badinput&kind=rumour", null, null, 400, Set.of("kind")));
        cases.add(new Case("GET /portal/announcements", "page of 51", "/portal/announcements?network=badinput&limit=51", null, null, 400, Set.of("limit")));
        cases.add(new Case("GET /portal/announcements", "a cursor not given out", "/portal/announcements?network=badinput&cursor=abc", null, null, 400, Set.of()));
        cases.add(new Case("GET /portal/announcements/{announcementId}", "unknown announcement", "/portal/announcements/" + UNKNOWN_ID, null, null, 404, Set.of()));
        String termination = "{\"kind\":\"termination\",\"title\":\"サービス提供の中止\",\"body\":\"中止します\",\"serviceEndsOn\":\"" + tomorrow + "\"}";
        cases.add(new Case("POST /portal/announcements", "termination announced a day ahead", "/portal/announcements", operator, termination, 400, Set.of("serviceEndsOn")));
        cases.add(new Case("POST /portal/announcements", "termination without its day", "/portal/announcements", operator, remove(termination, "serviceEndsOn"), 400, Set.of("serviceEndsOn")));
        cases.add(new Case("POST /portal/announcements", "an end of service on a notice", "/portal/announcements", operator, edit(termination, null, "kind", "notice").replace(tomorrow, nextYear), 400, Set.of("serviceEndsOn")));
        cases.add(new Case("POST /portal/announcements", "unknown kind", "/portal/announcements", operator, edit(termination, null, "kind", "rumour"), 400, Set.of("kind", "serviceEndsOn")));
        cases.add(new Case("POST /portal/announcements", "body of 5,001 characters", "/portal/announcements", operator, edit(remove(termination, "serviceEndsOn"), null, "kind", "notice").replace("中止します", "あ".repeat(5001)), 400, Set.of("body")));
        cases.add(new Case("PUT /portal/announcements/{announcementId}", "unknown announcement", "/portal/announcements/" + UNKNOWN_ID, operator, "{\"kind\":\"notice\",\"title\":\"題\",\"body\":\"本文\",\"version\":1}", 404, Set.of()));
        cases.add(new Case("PUT /portal/announcements/{announcementId}", "another network's", "/portal/announcements/" + jp.igetanet.local.seed.DemoPortal.NOTICE, operator, "{\"kind\":\"notice\",\"title\":\"題\",\"body\":\"本文\",\"version\":1}", 404, Set.of()));
        cases.add(new Case("DELETE /portal/announcements/{announcementId}", "another network's", "/portal/announcements/" + jp.igetanet.local.seed.DemoPortal.NOTICE, operator, null, 404, Set.of()));
        cases.add(new Case("GET /portal/terms/current", "a network without terms", "/portal/terms/current?network=badinput", null, null, 404, Set.of()));
        cases.add(new Case("GET /portal/terms/{version}", "a version in words", "/portal/terms/latest?network=nishio", null, null, 404, Set.of()));
        cases.add(new Case("GET /portal/terms/{version}", "a version never published", "/portal/terms/2019-04-01?network=nishio", null, null, 404, Set.of()));
        cases.add(new Case("POST /portal/terms", "effective yesterday", "/portal/terms", operator, "{\"effectiveOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1) + "\",\"title\":\"規約\",\"text\":\"本文\"}", 400, Set.of("effectiveOn")));
        cases.add(new Case("POST /portal/terms", "no text", "/portal/terms", operator, "{\"effectiveOn\":\"" + nextYear + "\",\"title\":\"規約\"}", 400, Set.of("text")));
        cases.add(new Case("GET /portal/status", "unknown network", "/portal/status?network=okazaki", null, null, 404, Set.of()));
        cases.add(new Case("PUT /portal/status", "suspended without reason or end", "/portal/status", operator, "{\"state\":\"suspended\"}", 400, Set.of("reason", "expectedEnd")));
        cases.add(new Case("PUT /portal/status", "an end in the past", "/portal/status", operator, "{\"state\":\"suspended\",\"reason\":\"保守\",\"expectedEnd\":\"2020-01-01T00:00\"}", 400, Set.of("expectedEnd")));
        cases.add(new Case("PUT /portal/status", "unknown state", "/portal/status", operator, "{\"state\":\"closed\"}", 400, Set.of("state")));
        cases.add(new Case(Route.DEFAULT, "no such route", "/facilities", admin, null, 404, Set.of()));

        // projects (§2): the member owns an open project with a thread, a reply, an event and a file never uploaded
        String project = "/projects/" + ApiClient.expect(201, api.send("POST", "/projects", memberToken,
                "{\"name\":\"入力確認の研修会\",\"kind\":\"training\",\"admission\":\"open\"}")).path("id").asText();
        String thread = ApiClient.expect(201, api.send("POST", project + "/posts", memberToken, "{\"text\":\"研修会の資料\"}")).path("id").asText();
        String projectReply = ApiClient.expect(201, api.send("POST", project + "/posts", memberToken,
                "{\"text\":\"質問です\",\"replyTo\":\"" + thread + "\"}")).path("id").asText();
        String projectFile = ApiClient.expect(201, api.send("POST", project + "/attachments", memberToken,
                "{\"contentType\":\"application/pdf\",\"bytes\":4}")).path("attachmentId").asText();
        String nextWeek = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7).toString();
        String projectPosts = project + "/posts";
        String event = "{\"text\":\"研修会\",\"event\":{%s}}";
        cases.add(new Case("POST /projects", "no name", "/projects", memberToken, "{\"kind\":\"training\"}", 400, Set.of("name")));
        cases.add(new Case("POST /projects", "unknown kind and admission", "/projects", memberToken, "{\"name\":\"会\",\"kind\":\"party\",\"admission\":\"secret\"}", 400, Set.of("kind", "admission")));
        cases.add(new Case("POST /projects", "a patient id in the name", "/projects", memberToken, "{\"name\":\"" + patient + "\",\"kind\":\"other\"}", 400, Set.of("name")));
        cases.add(new Case("POST /projects", "a description of 2001 characters", "/projects", memberToken, "{\"name\":\"会\",\"kind\":\"other\",\"description\":\"" + "説".repeat(2001) + "\"}", 400, Set.of("description")));
        cases.add(new Case("POST /projects", "network-wide, by a member", "/projects", memberToken, "{\"name\":\"全員\",\"kind\":\"other\",\"admission\":\"network\"}", 403, Set.of()));
        cases.add(new Case("GET /projects", "unknown view", "/projects?view=all", memberToken, null, 400, Set.of("view")));
        cases.add(new Case("GET /projects", "page of 51", "/projects?limit=51", memberToken, null, 400, Set.of("limit")));
        cases.add(new Case("GET /projects", "forged cursor", "/projects?cursor=%25%25", memberToken, null, 400, Set.of()));
        cases.add(new Case("GET /projects/{projectId}", "unknown project", "/projects/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /projects/{projectId}", "malformed project id", "/projects/latest", memberToken, null, 404, Set.of()));
        cases.add(new Case("PATCH /projects/{projectId}", "no version", project, memberToken, "{\"name\":\"新しい名前\"}", 400, Set.of("version")));
        cases.add(new Case("PATCH /projects/{projectId}", "made network-wide", project, memberToken, "{\"version\":1,\"admission\":\"network\"}", 400, Set.of("admission")));
        cases.add(new Case("PATCH /projects/{projectId}", "an empty name", project, memberToken, "{\"version\":1,\"name\":\" \"}", 400, Set.of("name")));
        cases.add(new Case("PATCH /projects/{projectId}", "stale version", project, memberToken, "{\"version\":9,\"name\":\"名前\"}", 409, Set.of()));
        cases.add(new Case("GET /projects/{projectId}/members", "unknown project", "/projects/" + UNKNOWN_ID + "/members", memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /projects/{projectId}/members", "no user", project + "/members", memberToken, "{}", 400, Set.of("userId")));
        cases.add(new Case("POST /projects/{projectId}/members", "a retired user", project + "/members", memberToken, "{\"userId\":\"" + retired + "\"}", 400, Set.of("userId")));
        cases.add(new Case("POST /projects/{projectId}/members", "a user of another network", project + "/members", memberToken, "{\"userId\":\"" + DemoSeed.NURSE + "\"}", 400, Set.of("userId")));
        cases.add(new Case("POST /projects/{projectId}/members", "oneself again", project + "/members", memberToken, "{\"userId\":\"" + member.userId() + "\"}", 409, Set.of()));
        cases.add(new Case("PATCH /projects/{projectId}/members/{userId}", "unknown role", project + "/members/" + member.userId(), memberToken, "{\"role\":\"chair\"}", 400, Set.of("role")));
        cases.add(new Case("PATCH /projects/{projectId}/members/{userId}", "not a member", project + "/members/" + active, memberToken, "{\"role\":\"administrator\"}", 404, Set.of()));
        cases.add(new Case("PATCH /projects/{projectId}/members/{userId}", "the owner's own role", project + "/members/" + member.userId(), memberToken, "{\"role\":\"member\"}", 409, Set.of()));
        cases.add(new Case("DELETE /projects/{projectId}/members/{userId}", "not a member", project + "/members/" + active, memberToken, null, 404, Set.of()));
        cases.add(new Case("DELETE /projects/{projectId}/members/{userId}", "the owner leaving", project + "/members/" + member.userId(), memberToken, null, 409, Set.of()));
        cases.add(new Case("POST /projects/{projectId}/posts", "neither text nor file", projectPosts, memberToken, "{\"text\":\"  \"}", 400, Set.of("text")));
        cases.add(new Case("POST /projects/{projectId}/posts", "text of 4001 characters", projectPosts, memberToken, "{\"text\":\"" + "記".repeat(4001) + "\"}", 400, Set.of("text")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a patient id in the text", projectPosts, memberToken, "{\"text\":\"" + patient + " さんの件\"}", 400, Set.of("text")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a link to a patient's record", projectPosts, memberToken, "{\"text\":\"/patients/" + patient + "/posts を参照\"}", 400, Set.of("text")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a patient named", projectPosts, memberToken, "{\"text\":\"相談\",\"patientId\":\"" + patient + "\"}", 400, Set.of("patientId")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a reply to nothing", projectPosts, memberToken, "{\"text\":\"返信\",\"replyTo\":\"" + UNKNOWN_ID + "\"}", 400, Set.of("replyTo")));
        cases.add(new Case("POST /projects/{projectId}/posts", "an event on a reply", projectPosts, memberToken, "{\"text\":\"返信\",\"replyTo\":\"" + thread + "\",\"event\":{\"startsAt\":\"" + nextWeek + "T18:30\"}}", 400, Set.of("event")));
        cases.add(new Case("POST /projects/{projectId}/posts", "an event that is over", projectPosts, memberToken, event.formatted("\"startsAt\":\"2026-01-10T18:30\""), 400, Set.of("event.startsAt")));
        cases.add(new Case("POST /projects/{projectId}/posts", "an event ending before it starts", projectPosts, memberToken, event.formatted("\"startsAt\":\"" + nextWeek + "T18:30\",\"endsAt\":\"" + nextWeek + "T17:00\""), 400, Set.of("event.endsAt")));
        cases.add(new Case("POST /projects/{projectId}/posts", "an event without a start", projectPosts, memberToken, event.formatted("\"place\":\"市役所\""), 400, Set.of("event.startsAt")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a meeting link over http", projectPosts, memberToken, event.formatted("\"startsAt\":\"" + nextWeek + "T18:30\",\"onlineUrl\":\"http://meet.example.jp/x\""), 400, Set.of("event.onlineUrl")));
        cases.add(new Case("POST /projects/{projectId}/posts", "an event three years ahead", projectPosts, memberToken, event.formatted("\"startsAt\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusYears(3) + "T18:30\""), 400, Set.of("event.startsAt")));
        cases.add(new Case("POST /projects/{projectId}/posts", "a file never uploaded", projectPosts, memberToken, "{\"attachmentIds\":[\"" + projectFile + "\"]}", 400, Set.of("attachmentIds")));
        cases.add(new Case("POST /projects/{projectId}/posts", "unknown field", projectPosts, memberToken, "{\"text\":\"x\",\"patient\":\"x\"}", 400, Set.of()));
        cases.add(new Case("GET /projects/{projectId}/posts", "blank search words", projectPosts + "?q=%20%20", memberToken, null, 400, Set.of("q")));
        cases.add(new Case("GET /projects/{projectId}/posts", "search words of 101 characters", projectPosts + "?q=" + "a".repeat(101), memberToken, null, 400, Set.of("q")));
        cases.add(new Case("GET /projects/{projectId}/posts", "page of 0", projectPosts + "?limit=0", memberToken, null, 400, Set.of("limit")));
        cases.add(new Case("GET /projects/{projectId}/posts", "forged cursor", projectPosts + "?cursor=%25%25", memberToken, null, 400, Set.of()));
        cases.add(new Case("GET /projects/{projectId}/posts/{postId}", "unknown post", projectPosts + "/" + UNKNOWN_ID, memberToken, null, 404, Set.of()));
        cases.add(new Case("POST /projects/{projectId}/posts/{postId}/corrections", "no reason", projectPosts + "/" + thread + "/corrections", memberToken, "{\"text\":\"訂正\"}", 400, Set.of("reason")));
        cases.add(new Case("POST /projects/{projectId}/posts/{postId}/corrections", "a patient id in the reason", projectPosts + "/" + thread + "/corrections", memberToken, "{\"text\":\"訂正\",\"reason\":\"" + patient + " の件\"}", 400, Set.of("reason")));
        cases.add(new Case("POST /projects/{projectId}/posts/{postId}/corrections", "an event on a reply", projectPosts + "/" + projectReply + "/corrections", memberToken, "{\"reason\":\"日程\",\"event\":{\"startsAt\":\"" + nextWeek + "T18:30\"}}", 400, Set.of("event")));
        cases.add(new Case("POST /projects/{projectId}/posts/{postId}/read", "unknown post", projectPosts + "/" + UNKNOWN_ID + "/read", memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /projects/{projectId}/posts/{postId}/readers", "malformed post id", projectPosts + "/first/readers", memberToken, null, 404, Set.of()));
        cases.add(new Case("PUT /projects/{projectId}/posts/{postId}/pin", "a reply", projectPosts + "/" + projectReply + "/pin", memberToken, null, 409, Set.of()));
        cases.add(new Case("PUT /projects/{projectId}/posts/{postId}/pin", "unknown post", projectPosts + "/" + UNKNOWN_ID + "/pin", memberToken, null, 404, Set.of()));
        cases.add(new Case("DELETE /projects/{projectId}/posts/{postId}/pin", "unknown project", "/projects/" + UNKNOWN_ID + "/posts/" + thread + "/pin", memberToken, null, 404, Set.of()));
        cases.add(new Case("PUT /projects/{projectId}/posts/{postId}/attendance", "unknown answer", projectPosts + "/" + thread + "/attendance", memberToken, "{\"answer\":\"maybe\"}", 400, Set.of("answer")));
        cases.add(new Case("PUT /projects/{projectId}/posts/{postId}/attendance", "a post without an event", projectPosts + "/" + thread + "/attendance", memberToken, "{\"answer\":\"attend\"}", 409, Set.of()));
        cases.add(new Case("POST /projects/{projectId}/attachments", "an unsupported type", project + "/attachments", memberToken, "{\"contentType\":\"video/mp4\",\"bytes\":4}", 400, Set.of("contentType")));
        cases.add(new Case("POST /projects/{projectId}/attachments", "one byte over 10 MB", project + "/attachments", memberToken, "{\"contentType\":\"application/pdf\",\"bytes\":10485761}", 400, Set.of("bytes")));
        cases.add(new Case("GET /projects/{projectId}/attachments/{attachmentId}", "never uploaded", project + "/attachments/" + projectFile, memberToken, null, 404, Set.of()));
        cases.add(new Case("GET /projects/{projectId}/attachments/{attachmentId}", "a patient's file", project + "/attachments/" + notUploaded, memberToken, null, 404, Set.of()));

        Set<String> templateRoutes = system.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(templateRoutes, cases.stream().map(Case::routeKey).collect(Collectors.toCollection(TreeSet::new)),
                "bad input is tried on every route of template.yaml");

        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> tried = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<String, Map<String, AttributeValue>> before = SharedSystem.domainSnapshot(system);
            HttpResponse<String> response = send(c);
            tried.computeIfAbsent(c.routeKey(), key -> new ArrayList<>()).add(c.what() + " → " + response.statusCode());
            String label = c.routeKey() + " (" + c.what() + ")";
            if (response.statusCode() != c.status()) {
                wrong.add(label + ": " + response.statusCode() + " instead of " + c.status() + " " + response.body());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                wrong.add(label + ": not problem+json");
                continue;
            }
            JsonNode problem = ApiClient.json(response);
            if (!isJapanese(problem.path("title").asText())) {
                wrong.add(label + ": the title is not Japanese: " + problem.path("title").asText());
            }
            Set<String> fields = new TreeSet<>();
            problem.path("errors").forEach(error -> {
                fields.add(error.path("field").asText());
                if (!isJapanese(error.path("message").asText())) {
                    wrong.add(label + ": a field message is not Japanese: " + error);
                }
            });
            if (c.fields() != null && !fields.equals(new TreeSet<>(c.fields()))) {
                wrong.add(label + ": fields " + fields + " instead of " + c.fields());
            }
            if (!before.equals(SharedSystem.domainSnapshot(system))) {
                wrong.add(label + ": the domain table changed");
            }
        }
        StringBuilder summary = new StringBuilder("\nBad input: " + cases.size() + " cases on " + tried.size() + " routes\n");
        tried.forEach((route, whats) -> summary.append(route).append(": ").append(String.join("; ", whats)).append('\n'));
        System.out.println(summary);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The requests go out as the route's method; {@code #xml} asks for XML instead of JSON. */
    private HttpResponse<String> send(Case c) {
        String method = c.routeKey().startsWith("$") ? "GET" : c.routeKey().substring(0, c.routeKey().indexOf(' '));
        if (c.path().endsWith("#xml")) {
            return api.send(method, c.path().substring(0, c.path().length() - 4), c.token(), null, Map.of("Accept", "application/xml"));
        }
        return api.send(method, c.path(), c.token(), c.body());
    }

    private static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The JSON body with one field set, at the top or inside the named object. */
    private static String edit(String json, String object, String field, String value) {
        return change(json, node -> ((ObjectNode) (object == null ? node : node.path(object))).put(field, value));
    }

    private static String remove(String json, String field) {
        return change(json, node -> ((ObjectNode) node).remove(field));
    }

    private static String change(String json, Consumer<JsonNode> edit) {
        try {
            JsonNode node = Events.JSON.readTree(json);
            edit.accept(node);
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
