package jp.igetanet.local.template;

import jp.igetanet.core.account.PasswordAgeing;
import jp.igetanet.core.account.PasswordDelivery;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.aws.dynamodb.AuditTable;
import jp.igetanet.core.aws.dynamodb.DomainTable;
import jp.igetanet.core.aws.dynamodb.Keys;
import jp.igetanet.core.aws.sqs.SqsPurgeQueue;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.terms.TermsOfUse;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml and the code agree: handlers, routes, queues, tables, indexes, TTL, configuration and groups. */
class TemplateAgreementTest {

    private final SamTemplate template = SamTemplate.load(TemplateFiles.projectTemplate());

    @Test
    void everyFunctionsHandlerClassIsInItsDeploymentJar() throws IOException {
        for (FunctionSpec function : template.functions()) {
            try (JarFile jar = new JarFile(function.codeUri().toFile())) {
                String entry = function.handlerClass().replace('.', '/') + ".class";
                assertNotNull(jar.getJarEntry(entry), function.logicalId() + ": " + entry + " in " + function.codeUri());
                assertEquals("handleRequest", function.handlerMethod(), function.logicalId());
            }
        }
    }

    @Test
    void everyTemplateRouteIsServedByItsJarAndEveryControllerRouteIsInTheTemplate() throws IOException {
        // a jar may hold several functions (the consent jar holds the purge worker and the retention sweep too)
        Map<Path, List<FunctionSpec>> byJar = template.functions().stream()
                .collect(Collectors.groupingBy(FunctionSpec::codeUri));
        for (Map.Entry<Path, List<FunctionSpec>> jar : byJar.entrySet()) {
            Set<String> inTemplate = jar.getValue().stream().flatMap(function -> function.routes().stream())
                    .filter(route -> !route.isDefaultRoute())
                    .map(route -> route.method() + " " + route.path()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> inCode = openApiRoutes(jar.getKey());
            assertEquals(inTemplate, inCode, jar.getKey() + ": template routes vs. the jar's OpenAPI document");
        }
    }

    @Test
    void everyQueueAFunctionPollsIsInTheTemplateAndHidesMessagesLongerThanTheFunctionRuns() {
        for (FunctionSpec function : template.functions()) {
            for (QueueEventSpec source : function.queueEvents()) {
                QueueSpec queue = template.queue(source.queueLogicalId()).orElseThrow(() -> new AssertionError(
                        function.logicalId() + " polls " + source.queueLogicalId() + ", which is not a queue"));
                // Lambda refuses an event source whose queue hides messages for less than the function's timeout
                assertTrue(queue.visibilityTimeoutSeconds().orElse(30) >= function.timeoutSeconds(),
                        queue.logicalId() + "'s VisibilityTimeout is shorter than " + function.logicalId() + "'s Timeout");
            }
        }
    }

    @Test
    void everyDeadLetterQueueKeepsMessagesAtLeastAsLongAsItsSource() {
        for (QueueSpec queue : template.queues()) {
            queue.redrive().ifPresent(redrive -> {
                QueueSpec deadLetters = template.queue(redrive.deadLetterQueueLogicalId()).orElseThrow(() ->
                        new AssertionError(queue.logicalId() + "'s dead-letter queue is not a queue of the template"));
                // a redriven message keeps its first enqueue time, so it expires by the source's clock
                int fourDays = 345_600;
                assertTrue(deadLetters.messageRetentionSeconds().orElse(fourDays)
                        >= queue.messageRetentionSeconds().orElse(fourDays), deadLetters.logicalId());
            });
        }
    }

    @Test
    void everyScheduleRunsLocally() {
        for (FunctionSpec function : template.functions()) {
            function.schedules().forEach(schedule -> assertTrue(schedule.rate().toMinutes() >= 1,
                    function.logicalId() + " " + schedule.expression()));
        }
    }

    @Test
    void exactlyOneFunctionTakesTheDefaultRouteAndItIsPublic() {
        List<RouteSpec> defaults = template.functions().stream().flatMap(function -> function.routes().stream())
                .filter(RouteSpec::isDefaultRoute).toList();
        assertEquals(1, defaults.size());
        assertTrue(defaults.getFirst().publicRoute());
    }

    @Test
    void theDomainTableHasTheKeysIndexesAndTtlThatKeysUses() {
        TableSpec table = template.tables().stream().filter(spec -> spec.logicalId().equals("DomainTable"))
                .findFirst().orElseThrow();
        assertEquals(Keys.PK, table.hashKey());
        assertEquals(Keys.SK, table.rangeKey().orElseThrow());
        Map<String, IndexSpec> indexes = table.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(IndexSpec::indexName, index -> index));
        assertEquals(Keys.GSI1PK, indexes.get(Keys.GSI1).hashKey());
        assertEquals(Keys.GSI1SK, indexes.get(Keys.GSI1).rangeKey().orElseThrow());
        assertEquals(Keys.GSI2PK, indexes.get(Keys.GSI2).hashKey());
        assertEquals(Keys.GSI2SK, indexes.get(Keys.GSI2).rangeKey().orElseThrow());
        assertEquals(Keys.EXPIRES_AT, table.ttlAttribute().orElseThrow());
    }

    @Test
    void theAuditTableHasTheKeysAndIndexThatTheAuditLogUses() {
        TableSpec table = template.tables().stream().filter(spec -> spec.logicalId().equals("AuditTable"))
                .findFirst().orElseThrow();
        assertEquals(Keys.PK, table.hashKey());
        assertEquals(Keys.SK, table.rangeKey().orElseThrow());
        IndexSpec byActor = table.globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals(Keys.GSI1)).findFirst().orElseThrow();
        assertEquals(Keys.GSI1PK, byActor.hashKey());
        assertEquals(Keys.GSI1SK, byActor.rangeKey().orElseThrow());
        assertTrue(table.ttlAttribute().isEmpty(), "audit records are not deleted by TTL");
    }

    @Test
    void everyConfigurationPropertyTheCodeReadsIsInTheFunctionEnvironment() {
        for (String property : List.of(DomainTable.NAME_PROPERTY, AuditTable.NAME_PROPERTY,
                CallerResolver.STATUS_CACHE_PROPERTY, PasswordAgeing.MAX_AGE_PROPERTY, TermsOfUse.VERSION_PROPERTY,
                PasswordDelivery.PROPERTY, SqsPurgeQueue.QUEUE_PROPERTY)) {
            String variable = property.toUpperCase(Locale.ROOT).replace('.', '_');
            for (FunctionSpec function : template.functions()) {
                assertTrue(function.environment().containsKey(variable), function.logicalId() + " lacks " + variable);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormsCheckNewPasswordsByThePoolsPolicy() {
        Map<String, Object> policy = (Map<String, Object>) ((Map<String, Object>) template.properties("UserPool")
                .get("Policies")).get("PasswordPolicy");
        assertEquals(FieldRules.PASSWORD_MIN_LENGTH, ((Number) policy.get("MinimumLength")).intValue());
        assertEquals(List.of(true, true, true, false), List.of(policy.get("RequireUppercase"),
                policy.get("RequireLowercase"), policy.get("RequireNumbers"), policy.get("RequireSymbols")),
                "FieldRules.newPassword asks for upper case, lower case and digits, no symbols");
    }

    @Test
    void everyRoleIsACognitoGroupOfThePool() {
        Set<String> groups = template.userPools().getFirst().groups().stream()
                .map(UserPoolGroupSpec::groupName).collect(Collectors.toSet());
        assertEquals(Arrays.stream(Role.values()).map(Role::group).collect(Collectors.toSet()), groups);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> openApiRoutes(Path jarFile) throws IOException {
        Set<String> routes = new TreeSet<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<JarEntry> documents = jar.stream()
                    .filter(entry -> entry.getName().startsWith("META-INF/swagger/") && entry.getName().endsWith(".yml"))
                    .toList();
            assertEquals(1, documents.size(), "one OpenAPI document in " + jarFile);
            try (InputStream in = jar.getInputStream(documents.getFirst())) {
                Map<String, Object> document = new Yaml().load(in);
                Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
                paths.forEach((path, operations) -> operations.keySet().stream()
                        .filter(new HashSet<>(List.of("get", "put", "post", "delete", "patch", "options", "head"))::contains)
                        .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            }
        }
        return routes;
    }
}
