package jp.igetanet.local.template;

import jp.igetanet.local.ApiDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
