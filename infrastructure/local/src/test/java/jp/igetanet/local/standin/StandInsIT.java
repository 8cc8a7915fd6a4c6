package jp.igetanet.local.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandInsIT {

    @TempDir
    static Path data;

    private StandIns standIns;
    private LocalClients clients;

    @BeforeAll
    void startStandIns() {
        standIns = StandIns.start(StandInOptions.in(data));
        clients = LocalClients.connectTo(standIns);
    }

    @AfterAll
    void stopStandIns() {
        clients.close();
        standIns.close();
    }

    @Test
    void everyStandInKeepsItsStateUnderTheDataFolder() {
        assertTrue(Files.isDirectory(data.resolve("dynamodb")));
        assertTrue(Files.isDirectory(data.resolve("s3")));
        assertTrue(Files.isRegularFile(data.resolve("cognito/.cognito/config.json")));
        assertTrue(Files.isRegularFile(data.resolve("logs/dynalite.log")));
        assertTrue(Files.isRegularFile(data.resolve("logs/cognito-local.log")));
    }

    @Test
    void s3StoresObjectsSignedWithTheLocalCredentials() {
        S3Client s3 = clients.s3();
        s3.createBucket(b -> b.bucket("signed-objects"));
        s3.putObject(b -> b.bucket("signed-objects").key("a/b.txt"), RequestBody.fromString("連絡帳"));

        assertEquals("連絡帳", s3.getObjectAsBytes(b -> b.bucket("signed-objects").key("a/b.txt"))
                .asString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(data.resolve("s3/signed-objects")));
    }

    @Test
    void s3RejectsAWrongSecret() {
        try (S3Client stranger = S3Client.builder()
                .endpointOverride(standIns.s3Endpoint())
                .forcePathStyle(true)
                .region(LocalCredentials.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalCredentials.ACCESS_KEY_ID, "wrong")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            S3Exception denied = assertThrows(S3Exception.class, stranger::listBuckets);
            assertEquals(403, denied.statusCode());
        }
    }

    @Test
    void s3AnswersBrowserPreflightsFromAnyOrigin() throws IOException, InterruptedException {
        clients.s3().createBucket(b -> b.bucket("browser-uploads"));
        HttpResponse<Void> preflight = HttpClient.newHttpClient().send(HttpRequest
                        .newBuilder(standIns.s3Endpoint().resolve("/browser-uploads/photo.jpg"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://localhost:5173")
                        .header("Access-Control-Request-Method", "PUT")
                        .header("Access-Control-Request-Headers", "content-type")
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                preflight.headers().toString());
    }

    @Test
    void cognitoSignsTokensWithTheLocalhostIssuerAndPlainUserNames() throws IOException, InterruptedException {
        CognitoIdentityProviderClient cognito = clients.cognito();
        String poolId = cognito.createUserPool(b -> b.poolName("issuer-check")).userPool().id();
        String clientId = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("c")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
        cognito.adminCreateUser(b -> b.userPoolId(poolId).username("nurse1").temporaryPassword("Temporary-1234")
                .messageAction(MessageActionType.SUPPRESS));
        cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username("nurse1").password("Permanent-1234")
                .permanent(true));

        String idToken = cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "nurse1", "PASSWORD", "Permanent-1234")))
                .authenticationResult().idToken();

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
        assertEquals("http://localhost:" + standIns.cognitoPort() + "/" + poolId, claims.get("iss").asText());
        assertEquals(standIns.issuer(poolId), claims.get("iss").asText());
        assertEquals("nurse1", claims.get("cognito:username").asText());
        HttpResponse<String> jwks = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(standIns.issuer(poolId) + "/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jwks.statusCode());
        assertTrue(new ObjectMapper().readTree(jwks.body()).get("keys").size() > 0);
    }

    @Test
    void sqsSpeaksTheSdksProtocolWithUrlsAndArnsOfTheLocalAccount() {
        SqsClient sqs = clients.sqs();
        String url = sqs.createQueue(b -> b.queueName("visits")).queueUrl();

        assertEquals(standIns.sqsEndpoint() + "/000000000000/visits", url);
        assertEquals("arn:aws:sqs:ap-northeast-1:000000000000:visits", sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"visitId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}"));
        Message received = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().getFirst();
        assertEquals("{\"visitId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}", received.body());
        assertEquals("1", received.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        assertTrue(received.attributes().containsKey(MessageSystemAttributeName.SENT_TIMESTAMP));
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(received.receiptHandle()));
        assertEquals("0", sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void closingStopsEveryStandIn(@TempDir Path otherData) {
        StandIns other = StandIns.start(StandInOptions.in(otherData));
        URI dynamoDb = other.dynamoDbEndpoint();
        URI cognito = other.cognitoEndpoint();
        URI s3 = other.s3Endpoint();
        URI sqs = other.sqsEndpoint();

        other.close();

        for (URI endpoint : new URI[] {dynamoDb, cognito, s3, sqs}) {
            assertThrows(ConnectException.class, () -> HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding()),
                    endpoint.toString());
        }
    }
}
