package jp.igetanet.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.local.LocalSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bucket itself holds an upload to what its client declared before it was signed: the presigned PUT of a patient's
 * attachment, a project's file or a scanned consent form is refused by the S3 stand-in when its body is larger or
 * smaller than declared or of another type, and nothing is stored; exactly the declared file is stored and usable.
 */
@ExtendWith(LocalSystemExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadBoundsIT {

    /** The three kinds of upload, each with the type it declares and another one. */
    enum Kind {
        PATIENT_ATTACHMENT("image/png", "image/jpeg"),
        PROJECT_FILE("application/pdf", "image/png"),
        CONSENT_FORM("application/pdf", "image/jpeg");

        final String type;
        final String otherType;

        Kind(String type, String otherType) {
            this.type = type;
            this.otherType = otherType;
        }
    }

    private final LocalSystem system;
    private final ApiClient api;
    private String nurse;
    private String patient;
    private String project;

    UploadBoundsIT(LocalSystem system) {
        this.system = system;
        this.api = ApiClient.inNewNetwork(system, "uploadcity", "アップロード確認市");
    }

    @BeforeAll
    void aNurseWithAPatientAndAProject() {
        nurse = api.admitFacility("ふじ訪問看護", "フジホウモンカンゴ", "Fuji-Admin-2026").adminToken();
        patient = api.registerPatient(nurse, "藤 一郎", "フジ イチロウ");
        project = ApiClient.expect(201, api.send("POST", "/projects", nurse,
                "{\"name\":\"ふじ研修会\",\"kind\":\"training\",\"admission\":\"invitation\"}")).path("id").asText();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void anUploadOneByteOverTheLimitIsRefusedByTheBucket(Kind kind) {
        assertEquals(Set.of("bytes"), ApiClient.json(startAnswer(kind, kind.type, FileStore.MAX_BYTES + 1))
                .path("errors").findValues("field").stream().map(JsonNode::asText).collect(Collectors.toSet()),
                "no URL is signed for more than the limit");
        JsonNode upload = start(kind, kind.type, FileStore.MAX_BYTES);

        Answer put = put(upload.path("uploadUrl").asText(), kind.type, new byte[(int) FileStore.MAX_BYTES + 1]);

        assertEquals(403, put.status(), put.text());
        assertEquals(0, storedBytes(upload), "nothing is stored");
        assertUnusable(kind, upload);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void anUploadOfAnotherTypeThanDeclaredIsRefusedByTheBucket(Kind kind) {
        JsonNode upload = start(kind, kind.type, 4);

        Answer mistyped = put(upload.path("uploadUrl").asText(), kind.otherType, new byte[4]);
        Answer untyped = put(upload.path("uploadUrl").asText(), null, new byte[4]);

        assertEquals(403, mistyped.status(), mistyped.text());
        assertEquals(403, untyped.status(), untyped.text());
        assertEquals(0, storedBytes(upload), "nothing is stored");
        assertUnusable(kind, upload);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void anUploadSmallerThanDeclaredIsRefusedByTheBucket(Kind kind) {
        JsonNode upload = start(kind, kind.type, 5);

        Answer put = put(upload.path("uploadUrl").asText(), kind.type, new byte[4]);

        assertEquals(403, put.status(), put.text());
        assertEquals(0, storedBytes(upload), "nothing is stored");
        assertUnusable(kind, upload);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void anUploadOfExactlyTheDeclaredTypeAndSizeIsStoredAndUsable(Kind kind) {
        JsonNode upload = start(kind, kind.type, FileStore.MAX_BYTES);
        JsonNode headers = upload.path("uploadHeaders");
        assertEquals(Map.of("Content-Type", kind.type, "Content-Length", Long.toString(FileStore.MAX_BYTES)),
                Map.of("Content-Type", headers.path("Content-Type").asText(),
                        "Content-Length", headers.path("Content-Length").asText()));
        assertEquals(2, headers.size(), "the headers to send, and only those");

        Answer put = put(upload.path("uploadUrl").asText(), headers.path("Content-Type").asText(),
                new byte[Integer.parseInt(headers.path("Content-Length").asText())]);

        assertEquals(200, put.status(), put.text());
        assertEquals(FileStore.MAX_BYTES, storedBytes(upload));
        switch (kind) {
            case PATIENT_ATTACHMENT, PROJECT_FILE -> assertEquals(FileStore.MAX_BYTES, ApiClient.expect(200,
                    api.send("GET", attachments(kind) + "/" + upload.path("attachmentId").asText(), nurse, null))
                    .path("bytes").asLong());
            case CONSENT_FORM -> ApiClient.expect(201, register(upload.path("formId").asText()));
        }
    }

    private String attachments(Kind kind) {
        return switch (kind) {
            case PATIENT_ATTACHMENT -> "/patients/" + patient + "/attachments";
            case PROJECT_FILE -> "/projects/" + project + "/attachments";
            case CONSENT_FORM -> "/consent-forms";
        };
    }

    private HttpResponse<String> startAnswer(Kind kind, String type, long bytes) {
        return api.send("POST", attachments(kind), nurse, "{\"contentType\":\"" + type + "\",\"bytes\":" + bytes + "}");
    }

    private JsonNode start(Kind kind, String type, long bytes) {
        return ApiClient.expect(201, startAnswer(kind, type, bytes));
    }

    private HttpResponse<String> register(String formId) {
        return api.send("POST", "/patients", nurse, "{\"name\":\"藤 次郎\",\"kana\":\"フジ ジロウ\",\"birthDate\":\"1941-02-03\","
                + "\"sex\":\"male\",\"address\":\"愛知県西尾市1-1\",\"consent\":{\"givenBy\":\"patient\",\"consentedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\",\"formId\":\"" + formId + "\"}}");
    }

    /** A refused upload leaves nothing to download or register with. */
    private void assertUnusable(Kind kind, JsonNode upload) {
        switch (kind) {
            case PATIENT_ATTACHMENT, PROJECT_FILE -> assertEquals(404, api.send("GET",
                    attachments(kind) + "/" + upload.path("attachmentId").asText(), nurse, null).statusCode());
            case CONSENT_FORM -> assertEquals(400, register(upload.path("formId").asText()).statusCode());
        }
    }

    /** The size of what the bucket holds under the upload URL's key; 0 when it holds nothing. */
    private long storedBytes(JsonNode upload) {
        String path = URI.create(upload.path("uploadUrl").asText()).getRawPath();
        String bucket = system.resources().bucketName("AttachmentsBucket");
        String key = URLDecoder.decode(path.substring(path.indexOf(bucket) + bucket.length() + 1), StandardCharsets.UTF_8);
        var listed = system.clients().s3().listObjectsV2(request -> request.bucket(bucket).prefix(key));
        return listed.contents().stream().filter(object -> object.key().equals(key)).mapToLong(object -> object.size())
                .findFirst().orElse(0);
    }

    /**
     * A PUT of {@code body} to a presigned URL that reads the answer while the body is still being sent. The bucket
     * refuses a PUT as soon as it has read the headers and closes the connection; java.net.http reads an answer only
     * after sending the whole body, so a refused 10 MB body would show as a broken pipe instead of the 403.
     */
    private static Answer put(String url, String contentType, byte[] body) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "PUT " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            Thread sender = Thread.ofPlatform().daemon().start(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException refused) {
                    // the bucket answered and stopped reading; the answer says why
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            StringBuilder text = new StringBuilder(statusLine);
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    text.append('\n').append(line);
                }
            } catch (IOException reset) {
                // a refusing bucket may reset the connection after its answer
            }
            sender.join(30_000);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bucket's answer to a PUT: its status, and its text for the failure message. */
    private record Answer(int status, String text) {
    }
}
