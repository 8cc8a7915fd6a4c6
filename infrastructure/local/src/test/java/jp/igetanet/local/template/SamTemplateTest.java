package jp.igetanet.local.template;

import static jp.igetanet.local.template.TemplateFiles.aTemplate;
import static jp.igetanet.local.template.TemplateFiles.projectTemplate;
import static jp.igetanet.local.template.TemplateFiles.theProjectTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamTemplateTest {

    private final SamTemplate template = theProjectTemplate();

    @Test
    void readsEveryFunctionWithItsHandlerAndCode() {
        assertEquals(List.of("PortalFunction", "IdIssuanceFunction", "RegistrationFunction", "PostingFunction",
                        "ProjectsFunction", "ConsentFunction", "PurgeFunction", "RetentionFunction", "OperationsFunction"),
                template.functions().stream().map(FunctionSpec::logicalId).toList());
        FunctionSpec portal = template.function("PortalFunction").orElseThrow();
        assertEquals("jp.igetanet.portal.PortalFunction", portal.handlerClass());
        assertEquals("handleRequest", portal.handlerMethod());
        assertEquals(projectTemplate().getParent().resolve("functions/portal/target/portal.jar"), portal.codeUri());
        assertTrue(portal.codeUri().isAbsolute());
    }

    @Test
    void portalReadsArePublicItsWritesAreSignedInAndItTakesTheDefaultRoute() {
        List<RouteSpec> routes = template.function("PortalFunction").orElseThrow().routes();

        assertEquals(new RouteSpec("ListFacilities", "GET", "/portal/facilities", true), routes.getFirst());
        assertEquals("GET /portal/facilities", routes.getFirst().routeKey());
        RouteSpec unknown = routes.getLast();
        assertEquals(new RouteSpec("UnknownRoute", "ANY", "$default", true), unknown);
        assertTrue(unknown.isDefaultRoute());
        assertEquals("$default", unknown.routeKey());
        for (RouteSpec route : routes.subList(0, routes.size() - 1)) {
            assertTrue(route.path().startsWith("/portal/"), route.toString());
            assertEquals(route.method().equals("GET"), route.publicRoute(), route + ": reads public, writes signed in");
        }
        assertTrue(routes.contains(new RouteSpec("ChangeServiceStatus", "PUT", "/portal/status", false)));
        assertTrue(routes.contains(new RouteSpec("GetCurrentTerms", "GET", "/portal/terms/current", true)));
    }

    @Test
    void meRouteNeedsTheDefaultAuthorizer() {
        assertEquals(new RouteSpec("GetMe", "GET", "/me", false),
                template.function("IdIssuanceFunction").orElseThrow().routes().getFirst());
    }

    @Test
    void thePurgeWorkerTakesWithdrawalsFromTheirQueueAndReportsFailedMessagesOneByOne() {
        FunctionSpec purge = template.function("PurgeFunction").orElseThrow();

        assertEquals("jp.igetanet.consent.PurgeFunction", purge.handlerClass());
        assertEquals(template.function("ConsentFunction").orElseThrow().codeUri(), purge.codeUri());
        assertEquals(List.of(new QueueEventSpec("Withdrawals", "WithdrawalQueue", 10, true)), purge.queueEvents());
        assertEquals(List.of(), purge.routes());
        assertEquals(List.of(), purge.schedules());
        assertEquals(300, purge.timeoutSeconds());
    }

    @Test
    void theRetentionSweepRunsDaily() {
        FunctionSpec retention = template.function("RetentionFunction").orElseThrow();

        assertEquals(List.of(new ScheduleSpec("RetentionFunction", "Daily", "rate(1 day)")), retention.schedules());
        assertEquals(Duration.ofDays(1), retention.schedules().getFirst().rate());
        assertEquals("RetentionFunctionDaily", retention.schedules().getFirst().ruleLogicalId());
        assertEquals(List.of(), retention.queueEvents());
        assertEquals(900, retention.timeoutSeconds());
    }

    @Test
    void functionsWithoutATimeoutOfTheirOwnTakeTheGlobalOne() {
        assertEquals(29, template.function("PortalFunction").orElseThrow().timeoutSeconds());
    }

    @Test
    void theWithdrawalQueueHidesMessagesForSixPurgesAndRedrivesToItsDeadLetterQueue() {
        assertEquals(List.of("WithdrawalQueue", "WithdrawalDeadLetterQueue"),
                template.queues().stream().map(QueueSpec::logicalId).toList());
        assertEquals(new QueueSpec("WithdrawalQueue", Map.of("Fn::Sub", "igetanet-${Stage}-withdrawals"),
                        Optional.of(1800), Optional.of(1209600),
                        Optional.of(new QueueSpec.Redrive("WithdrawalDeadLetterQueue", 5))),
                template.queue("WithdrawalQueue").orElseThrow());
        assertEquals(new QueueSpec("WithdrawalDeadLetterQueue",
                        Map.of("Fn::Sub", "igetanet-${Stage}-withdrawals-dlq"), Optional.empty(),
                        Optional.of(1209600), Optional.empty()),
                template.queue("WithdrawalDeadLetterQueue").orElseThrow());
    }

    @Test
    void queueEventsAndSchedulesTakeLambdasDefaults(@TempDir Path folder) {
        SamTemplate small = aTemplate(folder, """
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: worker/target/worker.jar
                      Handler: a.Worker::handleRequest
                      Events:
                        Jobs:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt Jobs.Arn
                        Hourly:
                          Type: Schedule
                          Properties:
                            Schedule: rate(2 hours)
                """);

        FunctionSpec worker = small.functions().getFirst();
        assertEquals(List.of(new QueueEventSpec("Jobs", "Jobs", 10, false)), worker.queueEvents());
        assertEquals(Duration.ofHours(2), worker.schedules().getFirst().rate());
        assertEquals(3, worker.timeoutSeconds());
        QueueSpec jobs = small.queues().getFirst();
        assertEquals(Optional.empty(), jobs.visibilityTimeoutSeconds());
        assertEquals(Optional.empty(), jobs.redrive());
        Intrinsics intrinsics = new Intrinsics(small, Map.of(), Intrinsics.PhysicalIds.of(Map.of()));
        assertEquals("igetanet-local-Jobs", intrinsics.resolveString(jobs.queueNameExpression()));
    }

    @Test
    void ratesReadInMinutesHoursAndDays() {
        assertEquals(Duration.ofMinutes(1), aSchedule("rate(1 minute)").rate());
        assertEquals(Duration.ofMinutes(15), aSchedule("rate(15 minutes)").rate());
        assertEquals(Duration.ofHours(1), aSchedule("rate(1 hour)").rate());
        assertEquals(Duration.ofDays(7), aSchedule("rate(7 days)").rate());
    }

    @Test
    void cronAndMisspeltRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> aSchedule("cron(0 3 * * ? *)").rate());
        assertThrows(IllegalArgumentException.class, () -> aSchedule("rate(1 days)").rate());
        assertThrows(IllegalArgumentException.class, () -> aSchedule("rate(2 day)").rate());
        assertThrows(IllegalArgumentException.class, () -> aSchedule("rate(0 minutes)").rate());
        assertThrows(IllegalArgumentException.class, () -> aSchedule("rate(1 week)").rate());
    }

    private static ScheduleSpec aSchedule(String expression) {
        return new ScheduleSpec("Worker", "Tick", expression);
    }

    @Test
    void functionsInheritTheGlobalEnvironment() {
        Map<String, Object> environment = template.function("IdIssuanceFunction").orElseThrow().environment();

        assertEquals(Map.of("Ref", "DomainTable"), environment.get("DOMAIN_TABLE"));
        assertEquals(Map.of("Ref", "UserPoolClient"), environment.get("USER_POOL_CLIENT_ID"));
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1", environment.get("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void aFunctionsOwnVariablesWinOverGlobals(@TempDir Path folder) {
        SamTemplate small = aTemplate(folder, """
                Globals:
                  Function:
                    Handler: a.B::handle
                    Environment:
                      Variables:
                        SHARED: global
                        OVERRIDDEN: global
                Resources:
                  One:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: one/target/one.jar
                      Environment:
                        Variables:
                          OVERRIDDEN: own
                          EXTRA: !Ref AWS::Region
                """);

        FunctionSpec one = small.functions().getFirst();
        assertEquals(Map.of("SHARED", "global", "OVERRIDDEN", "own", "EXTRA", Map.of("Ref", "AWS::Region")),
                one.environment());
        assertEquals("a.B", one.handlerClass());
        assertEquals("handle", one.handlerMethod());
        assertEquals(folder.toAbsolutePath().resolve("one/target/one.jar"), one.codeUri());
        assertEquals(List.of(), one.routes());
    }

    @Test
    void domainTableHasItsKeysIndexesAndTimeToLive() {
        TableSpec domain = table("DomainTable");

        assertEquals(Map.of("Fn::Sub", "igetanet-${Stage}-domain"), domain.tableNameExpression());
        assertEquals("PK", domain.hashKey());
        assertEquals(Optional.of("SK"), domain.rangeKey());
        assertEquals(List.of("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"),
                List.copyOf(domain.attributeDefinitions().keySet()));
        assertEquals("S", domain.attributeDefinitions().get("GSI2SK"));
        assertEquals(List.of(
                new IndexSpec("GSI1", "GSI1PK", Optional.of("GSI1SK"), "ALL", List.of()),
                new IndexSpec("GSI2", "GSI2PK", Optional.of("GSI2SK"), "ALL", List.of())),
                domain.globalSecondaryIndexes());
        assertEquals(Optional.of("expiresAt"), domain.ttlAttribute());
    }

    @Test
    void auditTableHasItsThreeSearchIndexesAndNoTimeToLive() {
        TableSpec audit = table("AuditTable");

        assertEquals(List.of("GSI1", "GSI2", "GSI3"), audit.globalSecondaryIndexes().stream().map(IndexSpec::indexName)
                .toList());
        assertEquals(Optional.empty(), audit.ttlAttribute());
    }

    @Test
    void attachmentsExpireAfterFiveYearsAndTheSitesNever() {
        assertEquals(List.of("AttachmentsBucket", "SiteBucket", "AppBucket"),
                template.buckets().stream().map(BucketSpec::logicalId).toList());
        BucketSpec attachments = template.buckets().get(0);
        assertEquals(Optional.of(1827), attachments.expirationDays());
        assertEquals(Map.of("Fn::Sub", "igetanet-${Stage}-attachments-${AWS::AccountId}"),
                attachments.bucketNameExpression());
        assertEquals(Optional.empty(), template.buckets().get(1).expirationDays());
        assertEquals(Optional.empty(), template.buckets().get(2).expirationDays());
    }

    @Test
    void userPoolHasItsGroupsClientAndCustomAttributes() {
        assertEquals(1, template.userPools().size());
        UserPoolSpec pool = template.userPools().getFirst();

        assertEquals("UserPool", pool.logicalId());
        assertEquals(Map.of("Fn::Sub", "igetanet-${Stage}-users"), pool.poolNameExpression());
        assertEquals(Map.of("facility_id", "String", "network_id", "String"), pool.schemaAttributes());
        assertEquals(List.of(
                new UserPoolGroupSpec("OperatorGroup", "operator", Optional.of("サービス運用者・事務局 (§3)"), Optional.of(1)),
                new UserPoolGroupSpec("FacilityAdminGroup", "facility_admin", Optional.of("施設責任者 (§4-2)"),
                        Optional.of(2)),
                new UserPoolGroupSpec("MemberGroup", "member", Optional.of("システム利用者 (§5)"), Optional.of(3))),
                pool.groups());
        assertEquals(List.of(new UserPoolClientSpec("UserPoolClient", "igetanet-clients", false,
                List.of("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                Optional.of(Duration.ofMinutes(15)), Optional.of(Duration.ofMinutes(15)),
                Optional.of(Duration.ofHours(12)))), pool.clients());
    }

    @Test
    void httpApiHasTheCognitoAuthorizerAndCors() {
        HttpApiSpec api = template.httpApi().orElseThrow();

        assertEquals("HttpApi", api.logicalId());
        assertEquals(Optional.of("CognitoJwt"), api.defaultAuthorizer());
        HttpApiSpec.JwtAuthorizerSpec jwt = api.authorizers().get("CognitoJwt");
        assertEquals("$request.header.Authorization", jwt.identitySource());
        assertEquals(Map.of("Fn::Sub", "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"),
                jwt.issuerExpression());
        assertEquals(List.of(Map.of("Ref", "UserPoolClient")), jwt.audienceExpressions());
        HttpApiSpec.Cors cors = api.cors().orElseThrow();
        assertEquals(Map.of("Ref", "CorsAllowOrigins"), cors.allowOriginsExpression());
        assertEquals(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"), cors.allowMethods());
        assertEquals(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match"), cors.allowHeaders());
        assertEquals(List.of("ETag", "Location", "Retry-After"), cors.exposeHeaders());
        assertEquals(Optional.of(600), cors.maxAgeSeconds());
        assertFalse(cors.allowCredentials());
    }

    @Test
    void parametersKeepTheirTypesAndDefaults() {
        assertEquals(new ParameterSpec("Stage", "String", Optional.of("prod")), template.parameters().get("Stage"));
        assertTrue(template.parameters().get("CorsAllowOrigins").isList());
        assertEquals(Optional.of("5"), template.parameters().get("StatusCacheSeconds").defaultValue());
    }

    @Test
    void theModelCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> template.functions().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> template.function("PortalFunction").orElseThrow().environment().clear());
        assertThrows(UnsupportedOperationException.class, () -> table("DomainTable").attributeDefinitions().clear());
    }

    @Test
    void unnamedTablesAndBucketsAreNamedAfterTheStack(@TempDir Path folder) {
        SamTemplate small = aTemplate(folder, """
                Resources:
                  Things:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                  Files:
                    Type: AWS::S3::Bucket
                """);

        assertEquals(Optional.empty(), small.tables().getFirst().rangeKey());
        Intrinsics intrinsics = new Intrinsics(small, Map.of(), Intrinsics.PhysicalIds.of(Map.of()));
        assertEquals("igetanet-local-Things", intrinsics.resolveString(small.tables().getFirst().tableNameExpression()));
        assertEquals("igetanet-local-files", intrinsics.resolveString(small.buckets().getFirst().bucketNameExpression()));
    }

    private TableSpec table(String logicalId) {
        return template.tables().stream().filter(t -> t.logicalId().equals(logicalId)).findFirst().orElseThrow();
    }
}
