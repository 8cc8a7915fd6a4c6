package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.aws.dynamodb.DynamoFacilities;
import jp.igetanet.core.aws.dynamodb.DynamoNetworks;
import jp.igetanet.core.aws.dynamodb.DynamoUserAccounts;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Network;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Requests through the local gateway as a browser or app sends them, and the steps that tests repeat. Every answer
 * is checked against the OpenAPI document ({@link ApiContract}).
 */
final class ApiClient {

    private final LocalSystem system;
    private final String networkId;
    private final String operatorId;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiClient(LocalSystem system, String networkId, String operatorId) {
        this.system = system;
        this.networkId = networkId;
        this.operatorId = operatorId;
    }

    /** A client of the demo network, whose facilities and people other tests read too. */
    static ApiClient demo(LocalSystem system) {
        return new ApiClient(system, DemoSeed.NETWORK_ID, DemoSeed.OPERATOR);
    }

    /**
     * A network of its own for a test class, with a city office and its operator, so that the facilities and
     * applications the test makes never show in the demo network that other tests read. Asking again for the same
     * network returns a client of the one made before.
     */
    static ApiClient inNewNetwork(LocalSystem system, String networkId, String cityName) {
        String table = system.resources().tableName("DomainTable");
        var dynamoDb = system.clients().dynamoDb();
        Instant now = Instant.now();
        String officeId = new SortableIds(Clock.systemUTC()).next();
        String operatorId = networkId + "-operator";
        if (DynamoNetworks.on(dynamoDb, table).find(networkId).isPresent()) {
            return new ApiClient(system, networkId, operatorId);
        }
        DynamoNetworks.on(dynamoDb, table).create(new Network(networkId, cityName, "シ"));
        DynamoFacilities.on(dynamoDb, table).create(new Facility(officeId, networkId, cityName + "役所", "シヤクショ",
                FacilityKind.CITY_OFFICE, "445-0000", cityName + "1-1", "0563-00-0000", FacilityStatus.ACTIVE,
                new Publication(false, java.util.Set.of()), null, 1, now, now));
        var cognito = system.clients().cognito();
        String pool = system.resources().userPoolId();
        cognito.adminCreateUser(request -> request.userPoolId(pool).username(operatorId)
                .temporaryPassword(DemoSeed.DEMO_PASSWORD).messageAction(MessageActionType.SUPPRESS));
        cognito.adminSetUserPassword(request -> request.userPoolId(pool).username(operatorId)
                .password(DemoSeed.DEMO_PASSWORD).permanent(true));
        cognito.adminAddUserToGroup(request -> request.userPoolId(pool).username(operatorId).groupName(Role.OPERATOR.group()));
        DynamoUserAccounts.on(dynamoDb, table).create(new UserAccount(operatorId, officeId, networkId, "市 職員", "シ ショクイン",
                Profession.CITY_STAFF, Role.OPERATOR, UserStatus.ACTIVE, now, null, null, null, null, 1, now, now));
        return new ApiClient(system, networkId, operatorId);
    }

    String networkId() {
        return networkId;
    }

    String operatorId() {
        return operatorId;
    }

    /** A request with an optional access token and JSON body. */
    HttpResponse<String> send(String method, String path, String token, String body) {
        return send(method, path, token, body, java.util.Map.of());
    }

    /** The same with more headers. */
    HttpResponse<String> send(String method, String path, String token, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(system.apiUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiContract.check(method, response.uri(), response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a response that must have this status. */
    static JsonNode expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    /** The problem code of a refusal, which must be problem+json. */
    static String problemCode(HttpResponse<String> response) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        return json(response).path("code").asText();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Events.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample application of events/, for another facility of this client's network. */
    String application(String facilityName, String facilityKana) {
        try {
            ObjectNode form = (ObjectNode) Events.JSON.readTree(Events.load("registration/submit-application--public.json").getBody());
            form.put("network", networkId);
            ((ObjectNode) form.path("facility")).put("name", facilityName).put("kana", facilityKana);
            return form.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String operatorToken() {
        return system.signIn(operatorId, DemoSeed.DEMO_PASSWORD);
    }

    /** A new facility: applied for by the public form, approved by the operator, its administrator signed in. */
    Admitted admitFacility(String name, String kana, String adminPassword) {
        String applicationId = expect(202, send("POST", "/registrations", null, application(name, kana)))
                .path("applicationId").asText();
        JsonNode approval = expect(201, send("POST", "/registrations/" + applicationId + "/approval", operatorToken(), null));
        String admin = approval.path("administratorUserId").asText();
        String token = SharedSystem.firstSignIn(system, admin, approval.path("temporaryPassword").asText(), adminPassword);
        return new Admitted(approval.path("facilityId").asText(), applicationId, admin, token);
    }

    /** A user ID issued by the facility's administrator (様式第2 received), with its temporary password. */
    Issued issue(String facilityId, String adminToken, String name, String kana) {
        JsonNode issued = expect(201, send("POST", "/facilities/" + facilityId + "/users", adminToken, issueBody(name, kana)));
        return new Issued(issued.path("user").path("userId").asText(), issued.path("temporaryPassword").asText());
    }

    /** A scanned consent form uploaded as a browser does it: the URL from the API, then a PUT with its type and size. */
    String uploadConsentForm(String token, byte[] scan) {
        return uploadConsentForm(token, scan, null);
    }

    /** The same for a renewed consent of an existing patient of the caller's care team. */
    String uploadConsentForm(String token, byte[] scan, String patientId) {
        JsonNode upload = expect(201, send("POST", "/consent-forms", token, patientId == null
                ? "{\"contentType\":\"application/pdf\",\"bytes\":" + scan.length + "}"
                : "{\"contentType\":\"application/pdf\",\"bytes\":" + scan.length + ",\"patientId\":\"" + patientId + "\"}"));
        putFile(upload.path("uploadUrl").asText(), "application/pdf", scan);
        return upload.path("formId").asText();
    }

    /** A patient registered by the caller with the patient's own consent and an uploaded scan; the patient's id. */
    String registerPatient(String token, String name, String kana) {
        String formId = uploadConsentForm(token, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return expect(201, send("POST", "/patients", token, "{\"name\":\"" + name + "\",\"kana\":\"" + kana
                + "\",\"birthDate\":\"1940-01-01\",\"sex\":\"female\",\"address\":\"愛知県西尾市1-1\","
                + "\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                + "\",\"formId\":\"" + formId + "\"}}")).path("id").asText();
    }

    /** An attachment of a patient uploaded through the presigned URL; its id. */
    String uploadAttachment(String token, String patientId, byte[] png) {
        JsonNode upload = expect(201, send("POST", "/patients/" + patientId + "/attachments", token,
                "{\"contentType\":\"image/png\",\"bytes\":" + png.length + "}"));
        putFile(upload.path("uploadUrl").asText(), "image/png", png);
        return upload.path("attachmentId").asText();
    }

    /** Waits (at most 60 s) until the purge of a withdrawal has completed, as its filer sees it; its last state. */
    JsonNode awaitPurge(String token, String withdrawalId) {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonNode withdrawal = expect(200, send("GET", "/consent-withdrawals/" + withdrawalId, token, null));
            if (withdrawal.path("status").asText().equals("completed") || System.nanoTime() > giveUpAt) {
                assertEquals("completed", withdrawal.path("status").asText(), withdrawal.toString());
                return withdrawal;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A PUT to a presigned URL, as a browser sends it. */
    void putFile(String url, String contentType, byte[] bytes) {
        try {
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String issueBody(String name, String kana) {
        return "{\"name\":\"" + name + "\",\"kana\":\"" + kana + "\",\"profession\":\"nurse\","
                + "\"pledge\":{\"formVersion\":\"1\",\"signedOn\":\"2026-04-01\"}}";
    }

    /** A facility admitted through the API, with its administrator's access token. */
    record Admitted(String facilityId, String applicationId, String adminId, String adminToken) {
    }

    record Issued(String userId, String temporaryPassword) {
    }
}
