package jp.igetanet.local.template;

import jp.igetanet.local.ApiDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merged OpenAPI document describes exactly the template's routes, with the template's authorizer choices. */
class ApiDocumentTest {

    private final SamTemplate template = SamTemplate.load(TemplateFiles.projectTemplate());
    private final Map<String, Object> document = ApiDocument.merge(template);

    @SuppressWarnings("unchecked")
    private Map<String, Object> operation(RouteSpec route) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        return (Map<String, Object>) ((Map<String, Object>) paths.get(route.path())).get(route.method().toLowerCase(Locale.ROOT));
    }

    @Test
    void everyRouteIsDocumentedAndOnlyProtectedRoutesAskForAToken() {
        for (FunctionSpec function : template.functions()) {
            for (RouteSpec route : function.routes()) {
                if (route.isDefaultRoute()) {
                    continue;
                }
                Map<String, Object> operation = operation(route);
                assertTrue(operation.get("operationId") instanceof String, route.routeKey());
                Object expected = route.publicRoute() ? List.of() : List.of(Map.of("cognito", List.of()));
                assertEquals(expected, operation.get("security"), route.routeKey());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySchemaReferenceResolves() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        Matcher references = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)").matcher(document.toString());
        int count = 0;
        while (references.find()) {
            assertTrue(schemas.containsKey(references.group(1)), references.group(1));
            count++;
        }
        assertTrue(count >= 4, "the document references its schemas");
        assertTrue(schemas.containsKey("Problem"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuccessfulAnswerHasANamedSchemaAndEveryCreationItsLocation() {
        forEachRoutedOperation((route, operation) -> ((Map<String, Object>) operation.get("responses")).forEach((status, value) -> {
            if (!status.startsWith("2")) {
                return;
            }
            Map<String, Object> answer = (Map<String, Object>) value;
            String where = route.routeKey() + " " + status;
            if (status.equals("204")) {
                assertFalse(answer.containsKey("content"), where + " has no body");
                return;
            }
            Map<String, Object> content = (Map<String, Object>) answer.get("content");
            assertTrue(content != null && !content.isEmpty(), where + " documents its body");
            content.forEach((mediaType, media) -> {
                Object schema = ((Map<String, Object>) media).get("schema");
                assertTrue(schema instanceof Map<?, ?> map && map.get("$ref") instanceof String ref
                        && ref.startsWith("#/components/schemas/"), where + " " + mediaType + " names its schema: " + schema);
            });
            if (status.equals("201") || status.equals("202")) {
                Map<String, Object> headers = (Map<String, Object>) answer.get("headers");
                assertTrue(headers != null && headers.containsKey("Location"), where + " documents Location");
            }
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySignedInOperationDocumentsTheGatewaysRefusalsAndTheSuspension() {
        forEachRoutedOperation((route, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("429"), route.routeKey() + " documents API Gateway's throttling");
            if (!route.publicRoute()) {
                for (String status : List.of("401", "403", "503")) {
                    assertTrue(responses.containsKey(status), route.routeKey() + " documents " + status);
                }
            }
        });
        Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("responses");
        Map<String, Object> unauthorized = (Map<String, Object>) responses.get("Unauthorized");
        assertEquals(java.util.Set.of("application/json", "application/problem+json"),
                ((Map<String, Object>) unauthorized.get("content")).keySet(), "API Gateway's body beside the functions' problem");
        assertTrue(((Map<String, Object>) responses.get("ServiceSuspended")).containsKey("headers"), "503 carries Retry-After");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPostTakesAnIdempotencyKeyAndDocumentsWhatItAdds() {
        forEachRoutedOperation((route, operation) -> {
            if (!route.method().equals("POST")) {
                return;
            }
            assertTrue(((List<Object>) operation.get("parameters")).contains(Map.of("$ref", "#/components/parameters/IdempotencyKey")),
                    route.routeKey());
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : List.of("400", "409", "422")) {
                assertTrue(responses.containsKey(status), route.routeKey() + " documents " + status);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswersRequiredFieldsAreThoseAlwaysPresentAndNoneIsNullable() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        List<Object> timeline = (List<Object>) ((Map<String, Object>) schemas.get("Timeline")).get("required");
        assertTrue(timeline.contains("items") && !timeline.contains("nextCursor"), "a last page has no nextCursor");
        List<Object> post = (List<Object>) ((Map<String, Object>) schemas.get("Post")).get("required");
        assertTrue(post.contains("version") && post.contains("category"), "an @Schema annotation does not make a field optional");
        assertFalse(post.contains("vitals") || post.contains("medications") || post.contains("labResults"), post.toString());
        List<Object> problem = (List<Object>) ((Map<String, Object>) schemas.get("Problem")).get("required");
        assertFalse(problem.contains("errors"), "only bad input lists its fields");
        Map<String, Object> postProperties = (Map<String, Object>) ((Map<String, Object>) schemas.get("Post")).get("properties");
        postProperties.forEach((name, property) ->
                assertFalse(((Map<String, Object>) property).containsKey("nullable"), "Post." + name + " is never null"));
    }

    @Test
    void noNullableStandsBesideAnAllOfWithoutType() {
        List<String> found = new java.util.ArrayList<>();
        walk(document, "#", found);
        assertEquals(List.of(), found);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String where, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("nullable")) && map.containsKey("allOf") && !map.containsKey("type")) {
                found.add(where);
            }
            ((Map<String, Object>) map).forEach((key, value) -> walk(value, where + "/" + key, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "/" + i, found);
            }
        }
    }

    private void forEachRoutedOperation(java.util.function.BiConsumer<RouteSpec, Map<String, Object>> check) {
        for (FunctionSpec function : template.functions()) {
            for (RouteSpec route : function.routes()) {
                if (!route.isDefaultRoute()) {
                    check.accept(route, operation(route));
                }
            }
        }
    }
}
