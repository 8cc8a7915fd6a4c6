package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.igetanet.client.ApiException;
import jp.igetanet.client.api.AccountsApi;
import jp.igetanet.client.api.CareTeamApi;
import jp.igetanet.client.api.ConsentWithdrawalsApi;
import jp.igetanet.client.api.PatientsApi;
import jp.igetanet.client.api.PortalApi;
import jp.igetanet.client.api.PostsApi;
import jp.igetanet.client.api.ProjectsApi;
import jp.igetanet.client.api.RegistrationsApi;
import jp.igetanet.client.model.AttachmentUpload;
import jp.igetanet.client.model.AttachmentUploadRequest;
import jp.igetanet.client.model.CareTeamAddition;
import jp.igetanet.client.model.ConsentFormUpload;
import jp.igetanet.client.model.ConsentFormUploadRequest;
import jp.igetanet.client.model.ConsentWithdrawal;
import jp.igetanet.client.model.ConsentWithdrawalRequest;
import jp.igetanet.client.model.GatewayMessage;
import jp.igetanet.client.model.IssuedUser;
import jp.igetanet.client.model.Me;
import jp.igetanet.client.model.Medication;
import jp.igetanet.client.model.Patient;
import jp.igetanet.client.model.PatientPage;
import jp.igetanet.client.model.PatientRegistration;
import jp.igetanet.client.model.Post;
import jp.igetanet.client.model.PostCorrection;
import jp.igetanet.client.model.PostCreation;
import jp.igetanet.client.model.PostReaders;
import jp.igetanet.client.model.PostReading;
import jp.igetanet.client.model.Problem;
import jp.igetanet.client.model.ProjectCreation;
import jp.igetanet.client.model.ProjectPostCreation;
import jp.igetanet.client.model.RegistrationApplicationPage;
import jp.igetanet.client.model.RegistrationApplicationRequest;
import jp.igetanet.client.model.RegistrationApproval;
import jp.igetanet.client.model.RegistrationReceipt;
import jp.igetanet.client.model.ServiceStatusRequest;
import jp.igetanet.client.model.Timeline;
import jp.igetanet.client.model.UserIssue;
import jp.igetanet.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a client developer uses it: through the Java client that the build generates from the merged OpenAPI
 * document (target/generated-clients/java), against the local system. Every answer must deserialize into its typed
 * model, with unknown fields treated as errors, and every error answer into the document's error types.
 */
@ExtendWith(LocalSystemExtension.class)
class GeneratedClientIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    private final LocalSystem system;
    private final ApiClient api;

    GeneratedClientIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "clientcity", "生成確認市");
    }

    /** The generated client as an app builds it: the API's address, the access token, strict about unknown fields. */
    private jp.igetanet.client.ApiClient client(String accessToken) {
        jp.igetanet.client.ApiClient client = new jp.igetanet.client.ApiClient();
        client.updateBaseUri(system.apiUri().toString().replaceAll("/$", ""));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private <T> T read(String json, Class<T> type) throws Exception {
        ObjectMapper mapper = jp.igetanet.client.ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(json, type);
    }

    /** An application through the public form, approved by the operator; the new administrator's access token. */
    private String anApprovedFacilitysAdministrator(String name, String kana) throws Exception {
        RegistrationApplicationRequest form = read(api.application(name, kana), RegistrationApplicationRequest.class);
        RegistrationReceipt receipt = new RegistrationsApi(client(null)).submitApplication(form, key());
        assertEquals("submitted", receipt.getStatus());

        RegistrationsApi review = new RegistrationsApi(client(api.operatorToken()));
        RegistrationApplicationPage waiting = review.listApplications("submitted", null, 50);
        assertTrue(waiting.getItems().stream().anyMatch(application -> application.getId().equals(receipt.getApplicationId())));
        RegistrationApproval approval = review.approveApplication(receipt.getApplicationId(), key());

        assertNotNull(approval.getTemporaryPassword(), "the temporary password reaches a generated client");
        return SharedSystem.firstSignIn(system, approval.getAdministratorUserId(), approval.getTemporaryPassword(),
                "Seisei-Client-2026");
    }

    @Test
    void aDayOfAVisitingNurseThroughTheGeneratedClient() throws Exception {
        String nurse = anApprovedFacilitysAdministrator("せいせい訪問看護", "セイセイホウモンカンゴ");
        Me me = new AccountsApi(client(nurse)).getMe();
        assertEquals("せいせい訪問看護", me.getFacility().getName());

        PatientsApi patients = new PatientsApi(client(nurse));
        ConsentFormUpload form = patients.startConsentForm(new ConsentFormUploadRequest()
                .contentType("application/pdf").bytes((long) PDF.length), key());
        upload(form.getUploadUrl().toString(), form.getUploadHeaders(), PDF);
        Patient patient = patients.registerPatient(read("{\"name\":\"生成 花子\",\"kana\":\"セイセイ ハナコ\","
                + "\"birthDate\":\"1941-05-06\",\"sex\":\"female\",\"address\":\"愛知県西尾市3-3\",\"consent\":{"
                + "\"givenBy\":\"patient\",\"consentedOn\":\"" + today() + "\",\"formId\":\"" + form.getFormId() + "\"}}",
                PatientRegistration.class), key());
        assertEquals("生成 花子", patient.getName());

        PatientPage mine = patients.listPatients(null, null, null);
        assertTrue(mine.getItems().stream().anyMatch(entry -> entry.getId().equals(patient.getId())));
        assertNull(mine.getNextCursor(), "a last page has no cursor");

        PostsApi record = new PostsApi(client(nurse));
        Timeline empty = record.timeline(patient.getId(), null, null, 20);
        assertTrue(empty.getItems().isEmpty());

        Post visit = record.createPost(patient.getId(), read("{\"category\":\"vitals\",\"text\":\"訪問時、顔色良好。\","
                + "\"vitals\":{\"systolic\":132,\"diastolic\":78,\"pulse\":72,\"temperature\":36.6,\"spo2\":96}}",
                PostCreation.class), key());
        assertEquals(132, visit.getVitals().getSystolic());
        Post prescription = record.createPost(patient.getId(), new PostCreation().category("medication")
                .medications(List.of(new Medication().yjCode("2171022F1020").name("アムロジピン錠5mg")
                        .dose(BigDecimal.ONE).unit("錠").frequency("1日1回朝食後").startDate(today())
                        .prescriber("せいせい在宅クリニック"))), key());
        assertEquals("2171022F1020", prescription.getMedications().getFirst().getYjCode());

        Post corrected = record.correctPost(patient.getId(), visit.getId(),
                new PostCorrection().text("訪問時、顔色良好。食事は全量摂取。").reason("追記"), key());
        assertEquals(2, corrected.getVersion());
        PostReading reading = record.markRead(patient.getId(), prescription.getId(), key());
        assertEquals(prescription.getId(), reading.getPostId());
        PostReaders readers = record.readers(patient.getId(), prescription.getId());
        assertFalse(readers.getItems().isEmpty());
        Timeline timeline = record.timeline(patient.getId(), null, null, 20);
        assertEquals(List.of(prescription.getId(), visit.getId()),
                timeline.getItems().stream().map(Post::getId).toList());
        assertFalse(record.medications(patient.getId()).getItems().isEmpty());

        AttachmentUpload photo = record.startAttachment(patient.getId(),
                new AttachmentUploadRequest().contentType("image/png").bytes((long) PNG.length), key());
        upload(photo.getUploadUrl().toString(), photo.getUploadHeaders(), PNG);

        ConsentWithdrawalsApi withdrawals = new ConsentWithdrawalsApi(client(nurse));
        ConsentWithdrawal accepted = withdrawals.withdraw(patient.getId(), new ConsentWithdrawalRequest()
                .requestedBy("patient").receivedOn(today()), key());
        assertEquals("accepted", accepted.getStatus());
        api.awaitPurge(nurse, accepted.getId());
        ConsentWithdrawal receipt = withdrawals.withdrawal(accepted.getId());
        assertEquals("completed", receipt.getStatus());
        assertNull(receipt.getPatientId(), "the receipt names no patient once the purge is done");
        assertTrue(receipt.getItemsDeleted() > 0);
    }

    @Test
    void anAdministratorIssuesAnIdAndTheClientGetsTheTemporaryPassword() throws Exception {
        String admin = anApprovedFacilitysAdministrator("せいせい在宅クリニック", "セイセイザイタククリニック");
        Me me = new AccountsApi(client(admin)).getMe();

        IssuedUser issued = new AccountsApi(client(admin)).issueUser(me.getFacility().getId(),
                read(ApiClient.issueBody("生成 次郎", "セイセイ ジロウ"), UserIssue.class), key());

        assertFalse(issued.getTemporaryPassword().isEmpty());
        assertEquals("生成 次郎", issued.getUser().getName());
        assertEquals(me.getFacility().getId(), issued.getUser().getFacilityId());
    }

    @Test
    void everyKindOfErrorAnswerReadsAsItsDocumentedType() throws Exception {
        String nurse = anApprovedFacilitysAdministrator("せいせい薬局", "セイセイヤッキョク");
        PostsApi record = new PostsApi(client(nurse));
        String unknownPatient = "01KZZZZZZZZZZZZZZZZZZZZZZZ";

        PatientsApi patients = new PatientsApi(client(nurse));
        String patientId = aPatientOf(patients);

        Problem badInput = problem(400, () -> record.createPost(patientId, new PostCreation().category("nonsense"), null));
        assertEquals("VALIDATION_FAILED", badInput.getCode());
        assertFalse(badInput.getErrors().isEmpty(), "bad input names its fields");

        ApiException unauthorized = assertThrows(ApiException.class, () -> new PatientsApi(client(null)).listPatients(null, null, null));
        assertEquals(401, unauthorized.getCode());
        assertEquals("Unauthorized", read(unauthorized.getResponseBody(), GatewayMessage.class).getMessage());

        assertEquals("FORBIDDEN", problem(403, () -> new RegistrationsApi(client(nurse))
                .listApplications("submitted", null, null)).getCode());
        assertEquals("PATIENT_UNKNOWN", problem(404, () -> record.timeline(unknownPatient, null, null, null)).getCode());

        Me me = new AccountsApi(client(nurse)).getMe();
        assertEquals("CARE_TEAM_MEMBER_EXISTS", problem(409, () -> new CareTeamApi(client(nurse))
                .addMember(patientId, new CareTeamAddition().userId(me.getUserId()), null)).getCode());

        HttpResponse<String> tooLarge = api.send("POST", "/patients/" + patientId + "/posts", nurse,
                "{\"category\":\"other\",\"text\":\"" + "あ".repeat(400_000) + "\"}");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", read(tooLarge.body(), Problem.class).getCode());

        String reused = key();
        new ProjectsApi(client(nurse)).createProject(new ProjectCreation().name("生成確認の会").kind("training")
                .admission("invitation"), reused);
        assertEquals("IDEMPOTENCY_KEY_REUSED", problem(422, () -> new ProjectsApi(client(nurse))
                .createProject(new ProjectCreation().name("別の会").kind("training").admission("invitation"), reused)).getCode());

        PortalApi portal = new PortalApi(client(api.operatorToken()));
        portal.changeServiceStatus(new ServiceStatusRequest().state("suspended").reason("定期保守のため")
                .expectedEnd(java.time.OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(1).withNano(0).toString()));
        try {
            ApiException suspended = whenSeen(() -> record.timeline(patientId, null, null, null), 503);
            assertEquals(503, suspended.getCode());
            assertEquals("SERVICE_SUSPENDED", read(suspended.getResponseBody(), Problem.class).getCode());
            assertTrue(suspended.getResponseHeaders().firstValue("Retry-After").isPresent());
        } finally {
            portal.changeServiceStatus(new ServiceStatusRequest().state("normal"));
        }
        assertNull(whenSeen(() -> record.timeline(patientId, null, null, null), 200));
        assertNotNull(new ProjectsApi(client(nurse)).createProject(new ProjectCreation().name("再開後の会").kind("training")
                .admission("invitation"), key()).getId());
        new ProjectsApi(client(nurse)).listProjects(null, null, null);
        assertThrows(ApiException.class, () -> new ProjectsApi(client(nurse)).getProject(unknownPatient));
        assertEquals("PROJECT_UNKNOWN", problem(404, () -> new ProjectsApi(client(nurse)).createProjectPost(unknownPatient,
                new ProjectPostCreation().text("こんにちは"), null)).getCode());
    }

    /**
     * The refusal with {@code status} (or null for a success) that a call meets once every function instance has seen
     * the service's new status, which each re-reads at most every 5 seconds.
     */
    private static ApiException whenSeen(Executable call, int status) throws Exception {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (true) {
            ApiException refused = null;
            try {
                call.execute();
            } catch (ApiException e) {
                refused = e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            int seen = refused == null ? 200 : refused.getCode();
            if (seen == status || System.nanoTime() > giveUpAt) {
                assertEquals(status, seen, refused == null ? "" : refused.getResponseBody());
                return refused;
            }
            Thread.sleep(200);
        }
    }

    private String aPatientOf(PatientsApi patients) throws Exception {
        ConsentFormUpload form = patients.startConsentForm(new ConsentFormUploadRequest()
                .contentType("application/pdf").bytes((long) PDF.length), null);
        upload(form.getUploadUrl().toString(), form.getUploadHeaders(), PDF);
        return patients.registerPatient(read("{\"name\":\"生成 三郎\",\"kana\":\"セイセイ サブロウ\","
                + "\"birthDate\":\"1939-07-08\",\"sex\":\"male\",\"address\":\"愛知県西尾市4-4\",\"consent\":{"
                + "\"givenBy\":\"patient\",\"consentedOn\":\"" + today() + "\",\"formId\":\"" + form.getFormId() + "\"}}",
                PatientRegistration.class), null).getId();
    }

    /** The refusal of a call, which must have this status and read as the document's Problem. */
    private Problem problem(int status, Executable call) throws Exception {
        ApiException refused = assertThrows(ApiException.class, call);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        assertEquals("application/problem+json", refused.getResponseHeaders().firstValue("Content-Type").orElse(""));
        Problem problem = read(refused.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        assertFalse(problem.getTitle().isBlank());
        return problem;
    }

    /** A PUT of the bytes to a presigned URL with the headers the API said to send. */
    private void upload(String url, java.util.Map<String, String> headers, byte[] bytes) throws Exception {
        java.net.http.HttpRequest.Builder put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                put.header(name, value);
            }
        });
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(put.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }
}
