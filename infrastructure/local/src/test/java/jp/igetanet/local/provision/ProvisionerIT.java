package jp.igetanet.local.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.igetanet.local.standin.LocalClients;
import jp.igetanet.local.standin.StandInOptions;
import jp.igetanet.local.standin.StandIns;
import jp.igetanet.local.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionerIT {

    private static final Map<String, String> LOCAL_STAGE = Map.of("Stage", "local");

    @TempDir
    static Path data;

    private final SamTemplate template = SamTemplate.load(projectTemplate());
    private StandIns standIns;
    private LocalClients clients;
    private LocalResources first;
    private LocalResources second;

    @BeforeAll
    void provisionTwice() {
        standIns = StandIns.start(StandInOptions.in(data));
        clients = LocalClients.connectTo(standIns);
        first = provisioner(standIns, clients).provision(template, LOCAL_STAGE);
        second = provisioner(standIns, clients).provision(template, LOCAL_STAGE);
    }

    @AfterAll
    void stop() {
        if (clients != null) {
            clients.close();
        }
        if (standIns != null) {
            standIns.close();
        }
    }

    @Test
    void provisioningAgainFindsTheSameResources() {
        assertEquals(first.physicalIds(), second.physicalIds());
        assertEquals(first.issuer(), second.issuer());
        assertEquals(1, clients.cognito().listUserPools(b -> b.maxResults(60)).userPools().size());
        assertEquals(1, clients.cognito().listUserPoolClients(b -> b.userPoolId(first.userPoolId()).maxResults(60))
                .userPoolClients().size());
    }

    @Test
    void tablesHaveTheTemplatesKeysAndIndexes() {
        assertEquals(Map.of("DomainTable", "igetanet-local-domain", "AuditTable", "igetanet-local-audit"),
                first.tableNames());
        assertEquals(List.of("igetanet-local-audit", "igetanet-local-domain"),
                clients.dynamoDb().listTables().tableNames());

        TableDescription domain = clients.dynamoDb().describeTable(b -> b.tableName("igetanet-local-domain")).table();
        assertEquals(List.of("PK", "SK"), domain.keySchema().stream().map(KeySchemaElement::attributeName).toList());
        assertEquals(BillingMode.PAY_PER_REQUEST, domain.billingModeSummary().billingMode());
        assertEquals(Set.of("GSI1", "GSI2"), domain.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet()));
        GlobalSecondaryIndexDescription gsi2 = domain.globalSecondaryIndexes().stream()
                .filter(i -> i.indexName().equals("GSI2")).findFirst().orElseThrow();
        assertEquals(List.of("GSI2PK", "GSI2SK"), gsi2.keySchema().stream().map(KeySchemaElement::attributeName)
                .toList());
        assertEquals("ALL", gsi2.projection().projectionTypeAsString());

        TableDescription audit = clients.dynamoDb().describeTable(b -> b.tableName("igetanet-local-audit")).table();
        assertEquals(Set.of("GSI1", "GSI2", "GSI3"), audit.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void bucketsExist() {
        assertEquals(Map.of("AttachmentsBucket", "igetanet-local-attachments-000000000000",
                "SiteBucket", "igetanet-local-site-000000000000", "AppBucket", "igetanet-local-app-000000000000"),
                first.bucketNames());
        assertEquals(Set.of("igetanet-local-attachments-000000000000", "igetanet-local-site-000000000000",
                        "igetanet-local-app-000000000000"),
                clients.s3().listBuckets().buckets().stream().map(Bucket::name).collect(Collectors.toSet()));
    }

    @Test
    void theWithdrawalQueueRedrivesToItsDeadLetterQueue() {
        String url = first.queueUrl("WithdrawalQueue");
        String deadLetters = first.queueUrl("WithdrawalDeadLetterQueue");
        assertEquals(standIns.sqsEndpoint() + "/000000000000/igetanet-local-withdrawals", url);
        assertEquals(standIns.sqsEndpoint() + "/000000000000/igetanet-local-withdrawals-dlq", deadLetters);

        Map<QueueAttributeName, String> attributes = clients.sqs().getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("1800", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        assertEquals("{\"deadLetterTargetArn\":\"arn:aws:sqs:ap-northeast-1:000000000000:igetanet-local-withdrawals-dlq\","
                + "\"maxReceiveCount\":5}", attributes.get(QueueAttributeName.REDRIVE_POLICY));
        assertEquals("arn:aws:sqs:ap-northeast-1:000000000000:igetanet-local-withdrawals-dlq",
                first.queue("WithdrawalDeadLetterQueue").arn());
    }

    @Test
    void provisioningTwiceCreatesEachQueueOnce() {
        assertEquals(first.queues(), second.queues());
        assertEquals(Set.of(first.queueUrl("WithdrawalQueue"), first.queueUrl("WithdrawalDeadLetterQueue")),
                Set.copyOf(clients.sqs().listQueues().queueUrls()));
    }

    @Test
    void aMessageReceivedFiveTimesWithoutBeingDeletedMovesToTheDeadLetterQueue() {
        String url = first.queueUrl("WithdrawalQueue");
        String deadLetters = first.queueUrl("WithdrawalDeadLetterQueue");
        clients.sqs().sendMessage(b -> b.queueUrl(url).messageBody("{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZY\"}"));

        for (int receive = 1; receive <= 5; receive++) {
            // visibility 0: the message is back at once, as after a failed purge's visibility timeout
            assertEquals(1, clients.sqs().receiveMessage(b -> b.queueUrl(url).visibilityTimeout(0).waitTimeSeconds(1))
                    .messages().size(), "receive " + receive);
        }
        assertEquals(0, clients.sqs().receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages().size());
        var dead = clients.sqs().receiveMessage(b -> b.queueUrl(deadLetters).waitTimeSeconds(1)).messages();
        assertEquals(List.of("{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZY\"}"), dead.stream().map(m -> m.body()).toList());
        clients.sqs().deleteMessage(b -> b.queueUrl(deadLetters).receiptHandle(dead.getFirst().receiptHandle()));
    }

    @Test
    void functionsFindTheQueueByItsUrlAndPoliciesByItsArn() {
        assertEquals(first.queueUrl("WithdrawalQueue"), first.functionEnvironment(template.function("ConsentFunction")
                .orElseThrow()).get("WITHDRAWAL_QUEUE_URL"));
        assertEquals("arn:aws:sqs:ap-northeast-1:000000000000:igetanet-local-withdrawals",
                first.intrinsics().resolve(Map.of("Fn::GetAtt", List.of("WithdrawalQueue", "Arn"))));
        assertEquals("igetanet-local-withdrawals-dlq",
                first.intrinsics().resolve(Map.of("Fn::GetAtt", List.of("WithdrawalDeadLetterQueue", "QueueName"))));
    }

    @Test
    void theUserPoolHasItsGroupsAndClient() {
        String poolId = first.userPoolId();
        assertEquals("igetanet-local-users",
                clients.cognito().describeUserPool(b -> b.userPoolId(poolId)).userPool().name());
        assertEquals(Set.of("operator", "facility_admin", "member"),
                clients.cognito().listGroups(b -> b.userPoolId(poolId)).groups().stream()
                        .map(GroupType::groupName).collect(Collectors.toSet()));
        UserPoolClientType client = clients.cognito()
                .describeUserPoolClient(b -> b.userPoolId(poolId).clientId(first.userPoolClientId()))
                .userPoolClient();
        assertEquals("igetanet-clients", client.clientName());
        assertTrue(client.explicitAuthFlowsAsStrings().contains("ALLOW_USER_PASSWORD_AUTH"),
                client.explicitAuthFlowsAsStrings().toString());
    }

    @Test
    void issuerAndJwksPointAtCognitoLocal() {
        String issuer = "http://localhost:" + standIns.cognitoPort() + "/" + first.userPoolId();
        assertEquals(issuer, first.issuer());
        assertEquals(issuer + "/.well-known/jwks.json", first.jwksUrl());
        assertEquals(issuer, first.intrinsics().resolve(Map.of("Fn::GetAtt", List.of("UserPool", "ProviderURL"))));
    }

    @Test
    void functionsSeeTheLocalResourcesInTheirEnvironment() {
        Map<String, String> environment = first.functionEnvironment(template.function("IdIssuanceFunction")
                .orElseThrow());

        assertEquals("igetanet-local-domain", environment.get("DOMAIN_TABLE"));
        assertEquals("igetanet-local-audit", environment.get("AUDIT_TABLE"));
        assertEquals("igetanet-local-attachments-000000000000", environment.get("ATTACHMENTS_BUCKET"));
        assertEquals(first.userPoolId(), environment.get("USER_POOL_ID"));
        assertEquals(first.userPoolClientId(), environment.get("USER_POOL_CLIENT_ID"));
        assertEquals("5", environment.get("STATUS_CACHE_SECONDS"));
    }

    @Test
    void theSweeperDeletesExpiredItemsAndKeepsLiveOnes() {
        Instant now = Instant.now();
        putDomainItem("SWEEP#expired", Long.toString(now.minusSeconds(60).getEpochSecond()));
        putDomainItem("SWEEP#expiring-now", Long.toString(now.getEpochSecond()));
        putDomainItem("SWEEP#live", Long.toString(now.plusSeconds(3600).getEpochSecond()));
        putDomainItem("SWEEP#forever", null);
        TtlSweeper sweeper = TtlSweeper.of(template, first, clients.dynamoDb(), clients.s3());

        TtlSweeper.Sweep sweep = sweeper.sweepOnce(now);

        assertEquals(List.of(new TtlSweeper.ExpiringTable("igetanet-local-domain", "PK", java.util.Optional.of("SK"),
                "expiresAt")), sweeper.tables());
        assertEquals(2, sweep.expiredItems());
        assertFalse(domainItemExists("SWEEP#expired"));
        assertFalse(domainItemExists("SWEEP#expiring-now"));
        assertTrue(domainItemExists("SWEEP#live"));
        assertTrue(domainItemExists("SWEEP#forever"));
        assertEquals(0, sweeper.sweepOnce(now).expiredItems());
    }

    @Test
    void theSweeperDeletesAttachmentsPastTheirLifecycle() {
        String bucket = first.bucketName("AttachmentsBucket");
        clients.s3().putObject(b -> b.bucket(bucket).key("sweep/old.pdf"), RequestBody.fromString("x"));
        clients.s3().putObject(b -> b.bucket(first.bucketName("SiteBucket")).key("index.html"),
                RequestBody.fromString("<html></html>"));
        TtlSweeper sweeper = TtlSweeper.of(template, first, clients.dynamoDb(), clients.s3());

        assertEquals(0, sweeper.sweepOnce(Instant.now().plus(Duration.ofDays(1826))).expiredObjects());
        assertEquals(1, sweeper.sweepOnce(Instant.now().plus(Duration.ofDays(1828))).expiredObjects());

        assertThrows(NoSuchKeyException.class,
                () -> clients.s3().getObject(b -> b.bucket(bucket).key("sweep/old.pdf")));
        // the site bucket has no lifecycle rule
        assertEquals(1, clients.s3().listObjectsV2(b -> b.bucket(first.bucketName("SiteBucket"))).keyCount());
    }

    @Test
    void aRunningSweeperSweepsOnItsOwn() throws InterruptedException {
        putDomainItem("SWEEP#scheduled", Long.toString(Instant.now().minusSeconds(1).getEpochSecond()));
        try (TtlSweeper sweeper = TtlSweeper.of(template, first, clients.dynamoDb(), clients.s3())) {
            sweeper.start(Duration.ofMillis(200));
            for (int i = 0; i < 50 && domainItemExists("SWEEP#scheduled"); i++) {
                Thread.sleep(100);
            }
        }
        assertFalse(domainItemExists("SWEEP#scheduled"));
    }

    @Test
    void dataSurvivesARestartOnTheSameFolder(@TempDir Path restartData) {
        String poolId;
        try (StandIns before = StandIns.start(StandInOptions.in(restartData));
             LocalClients beforeClients = LocalClients.connectTo(before)) {
            LocalResources resources = provisioner(before, beforeClients).provision(template, LOCAL_STAGE);
            poolId = resources.userPoolId();
            beforeClients.dynamoDb().putItem(b -> b.tableName(resources.tableName("DomainTable"))
                    .item(Map.of("PK", AttributeValue.fromS("PATIENT#1"), "SK", AttributeValue.fromS("PROFILE"))));
            beforeClients.s3().putObject(b -> b.bucket(resources.bucketName("AttachmentsBucket")).key("kept.txt"),
                    RequestBody.fromString("kept"));
        }

        try (StandIns after = StandIns.start(StandInOptions.in(restartData));
             LocalClients afterClients = LocalClients.connectTo(after)) {
            LocalResources resources = provisioner(after, afterClients).provision(template, LOCAL_STAGE);

            assertEquals(poolId, resources.userPoolId());
            assertTrue(afterClients.dynamoDb().getItem(b -> b.tableName(resources.tableName("DomainTable"))
                    .key(Map.of("PK", AttributeValue.fromS("PATIENT#1"), "SK", AttributeValue.fromS("PROFILE"))))
                    .hasItem());
            assertEquals("kept", afterClients.s3().getObjectAsBytes(b -> b
                    .bucket(resources.bucketName("AttachmentsBucket")).key("kept.txt")).asUtf8String());
        }
    }

    private void putDomainItem(String pk, String expiresAt) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(Map.of(
                "PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("ITEM")));
        if (expiresAt != null) {
            item.put("expiresAt", AttributeValue.fromN(expiresAt));
        }
        clients.dynamoDb().putItem(b -> b.tableName(first.tableName("DomainTable")).item(item));
    }

    private boolean domainItemExists(String pk) {
        return clients.dynamoDb().getItem(b -> b.tableName(first.tableName("DomainTable"))
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("ITEM")))
                .consistentRead(true)).hasItem();
    }

    private static Provisioner provisioner(StandIns standIns, LocalClients clients) {
        return new Provisioner(clients.dynamoDb(), clients.s3(), clients.sqs(), clients.cognito(),
                standIns.issuerDomain());
    }

    private static Path projectTemplate() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("template.yaml"))) {
                return folder.resolve("template.yaml");
            }
        }
        throw new IllegalStateException("no template.yaml above the working folder");
    }
}
