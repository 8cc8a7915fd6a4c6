package jp.igetanet.local.template;

import static jp.igetanet.local.template.TemplateFiles.aTemplate;
import static jp.igetanet.local.template.TemplateFiles.theProjectTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntrinsicsTest {

    private static TableSpec tableSpec(SamTemplate template, String id) {
        return template.tables().stream().filter(t -> t.logicalId().equals(id)).findFirst().orElseThrow();
    }

    private final SamTemplate template = theProjectTemplate();
    private final Intrinsics local = new Intrinsics(template, Map.of("Stage", "local"), Intrinsics.PhysicalIds.of(Map.of(
            "DomainTable", "igetanet-local-domain",
            "AuditTable", "igetanet-local-audit",
            "AttachmentsBucket", "igetanet-local-attachments-000000000000",
            "UserPool", "local_pool1",
            "UserPoolClient", "client1",
            "WithdrawalQueue", "http://127.0.0.1:9324/000000000000/igetanet-local-withdrawals")));

    @Test
    void namesUseTheStageOverrideAndPseudoParameters() {
        assertEquals("igetanet-local-domain", local.resolveString(tableName("DomainTable")));
        assertEquals("igetanet-local-attachments-000000000000",
                local.resolveString(template.buckets().getFirst().bucketNameExpression()));
    }

    @Test
    void withoutOverridesParametersTakeTheirDefaults() {
        Intrinsics defaults = new Intrinsics(template, Map.of(), Intrinsics.PhysicalIds.of(Map.of()));

        assertEquals("igetanet-prod-domain", defaults.resolveString(tableName("DomainTable")));
        assertEquals(List.of("*"), defaults.resolveList(Map.of("Ref", "CorsAllowOrigins")));
    }

    @Test
    void twoFactorSignInIsRequiredInProductionAndOfferedElsewhere() {
        Object mfa = template.properties("UserPool").get("MfaConfiguration");
        Intrinsics production = new Intrinsics(template, Map.of("Stage", "prod"), Intrinsics.PhysicalIds.of(Map.of()));
        assertEquals("ON", production.resolveString(mfa));
        assertEquals("OPTIONAL", local.resolveString(mfa));
    }

    @Test
    void aFunctionsEnvironmentResolvesToPhysicalIds() {
        FunctionSpec idIssuance = template.function("IdIssuanceFunction").orElseThrow();

        assertEquals(Map.ofEntries(
                Map.entry("DOMAIN_TABLE", "igetanet-local-domain"),
                Map.entry("AUDIT_TABLE", "igetanet-local-audit"),
                Map.entry("ATTACHMENTS_BUCKET", "igetanet-local-attachments-000000000000"),
                Map.entry("USER_POOL_ID", "local_pool1"),
                Map.entry("USER_POOL_CLIENT_ID", "client1"),
                Map.entry("STATUS_CACHE_SECONDS", "5"),
                Map.entry("PASSWORD_MAX_AGE_DAYS", "180"),
                Map.entry("TERMS_VERSION", "2021-04-01"),
                Map.entry("TEMPORARY_PASSWORD_DELIVERY", "handover"),
                Map.entry("WITHDRAWAL_QUEUE_URL", "http://127.0.0.1:9324/000000000000/igetanet-local-withdrawals"),
                Map.entry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")),
                local.resolveEnvironment(idIssuance.environment()));
    }

    @Test
    void getAttFabricatesArnsFromPhysicalIds() {
        assertEquals("arn:aws:dynamodb:ap-northeast-1:000000000000:table/igetanet-local-audit",
                local.resolve(Map.of("Fn::GetAtt", List.of("AuditTable", "Arn"))));
        assertEquals("arn:aws:cognito-idp:ap-northeast-1:000000000000:userpool/local_pool1",
                local.resolve(Map.of("Fn::GetAtt", List.of("UserPool", "Arn"))));
        assertEquals("arn:aws:s3:::igetanet-local-attachments-000000000000",
                local.resolve(Map.of("Fn::GetAtt", "AttachmentsBucket.Arn")));
        assertEquals("igetanet-local-site-000000000000.s3.ap-northeast-1.amazonaws.com",
                new Intrinsics(template, Map.of("Stage", "local"), Intrinsics.PhysicalIds.of(
                        Map.of("SiteBucket", "igetanet-local-site-000000000000")))
                        .resolve(Map.of("Fn::GetAtt", List.of("SiteBucket", "RegionalDomainName"))));
    }

    @Test
    void subReplacesResourcesAttributesAndPseudoParameters() {
        assertEquals("https://cognito-idp.ap-northeast-1.amazonaws.com/local_pool1",
                local.resolveString(template.httpApi().orElseThrow().authorizers().get("CognitoJwt").issuerExpression()));
        assertEquals("arn:aws:s3:::igetanet-local-attachments-000000000000/*",
                local.resolveString(Map.of("Fn::Sub", "${AttachmentsBucket.Arn}/*")));
        assertEquals("arn:aws:cloudfront::000000000000:distribution/SiteDistribution",
                local.resolveString(Map.of("Fn::Sub",
                        "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${SiteDistribution}")));
        assertEquals("igetanet-local / x / ${Literal}",
                local.resolveString(Map.of("Fn::Sub", List.of("${AWS::StackName} / ${Name} / ${!Literal}",
                        Map.of("Name", "x")))));
    }

    @Test
    void aResourceWithoutPhysicalIdIsReferredToByItsLogicalId() {
        assertEquals("HttpApi", local.resolve(Map.of("Ref", "HttpApi")));
    }

    @Test
    void attributesTheCallerKnowsWin() {
        Intrinsics withIssuer = new Intrinsics(template, Map.of(), new Intrinsics.PhysicalIds() {
            @Override
            public Optional<String> ref(String logicalId) {
                return Optional.of("local_pool1");
            }

            @Override
            public Optional<String> attribute(String logicalId, String attribute) {
                return Optional.of("http://localhost:9229/local_pool1");
            }
        });

        assertEquals("http://localhost:9229/local_pool1",
                withIssuer.resolve(Map.of("Fn::GetAtt", List.of("UserPool", "ProviderURL"))));
    }

    @Test
    void unknownNamesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> local.resolve(Map.of("Ref", "NoSuchThing")));
        assertThrows(IllegalArgumentException.class,
                () -> new Intrinsics(template, Map.of("Stag", "local"), Intrinsics.PhysicalIds.of(Map.of())));
        assertThrows(UnsupportedOperationException.class,
                () -> local.resolve(Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8))));
    }

    @Test
    void listAndConditionFunctionsEvaluate(@TempDir Path folder) {
        SamTemplate small = aTemplate(folder, """
                Parameters:
                  Stage: {Type: String, Default: prod}
                  Origins: {Type: CommaDelimitedList, Default: "https://a.example, https://b.example"}
                Mappings:
                  Sizes:
                    local: {Memory: 512}
                    prod: {Memory: 2048}
                Conditions:
                  IsLocal: !Equals [!Ref Stage, local]
                  IsRemote: !Not [!Condition IsLocal]
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                """);
        Intrinsics intrinsics = new Intrinsics(small, Map.of("Stage", "local"), Intrinsics.PhysicalIds.of(Map.of()));

        assertEquals(List.of("https://a.example", "https://b.example"), intrinsics.resolve(Map.of("Ref", "Origins")));
        assertEquals("https://a.example|https://b.example",
                intrinsics.resolve(Map.of("Fn::Join", List.of("|", Map.of("Ref", "Origins")))));
        assertEquals("https://b.example",
                intrinsics.resolve(Map.of("Fn::Select", List.of("1", Map.of("Ref", "Origins")))));
        assertEquals(List.of("a", "b", ""), intrinsics.resolve(Map.of("Fn::Split", List.of("-", "a-b-"))));
        assertEquals("small", intrinsics.resolve(Map.of("Fn::If", List.of("IsLocal", "small", "large"))));
        assertEquals("large", intrinsics.resolve(Map.of("Fn::If", List.of("IsRemote", "small", "large"))));
        assertEquals(512, intrinsics.resolve(Map.of("Fn::FindInMap",
                List.of("Sizes", Map.of("Ref", "Stage"), "Memory"))));
        assertEquals("aGk=", intrinsics.resolve(Map.of("Fn::Base64", "hi")));
        assertEquals(Map.of("kept", "yes"), intrinsics.resolve(Map.of("kept", "yes",
                "dropped", Map.of("Ref", "AWS::NoValue"))));
        assertEquals(Map.of(), intrinsics.resolveEnvironment(Map.of("GONE", Map.of("Fn::If",
                List.of("IsRemote", "x", Map.of("Ref", "AWS::NoValue"))))));
    }

    private Object tableName(String logicalId) {
        return tableSpec(template, logicalId).tableNameExpression();
    }
}
