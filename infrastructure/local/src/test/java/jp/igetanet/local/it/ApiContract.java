package jp.igetanet.local.it;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jp.igetanet.local.ApiDocument;
import jp.igetanet.local.LocalMain;
import jp.igetanet.local.template.SamTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every answer of the local gateway, checked against the merged OpenAPI document that client developers generate
 * their clients from: the operation must document the status, and the body must match the schema of that status
 * and media type. Schemas are read strictly — an object may hold only the properties its schema declares — so a
 * field the server adds without documenting it fails as surely as a required one it leaves out. Requests outside the
 * document's routes (an unknown path, a wrong method) are left to the tests that make them. With
 * {@code -DapiContract.reportOnly=true} a mismatch is printed ("CONTRACT MISMATCH …") instead of failing the test.
 */
final class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiContract INSTANCE = new ApiContract();
    private static final AtomicInteger VALIDATED = new AtomicInteger();

    private final ObjectNode document;
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ApiContract() {
        Map<String, Object> merged = ApiDocument.merge(SamTemplate.load(LocalMain.projectRoot().resolve("template.yaml")));
        document = (ObjectNode) JSON.valueToTree(merged);
        strict(document.path("components").path("schemas"));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                routes.add(new Route(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue()))));
        // a literal segment wins over a parameter: /portal/terms/current before /portal/terms/{version}
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    /** How many answers were checked in this JVM so far. */
    static int validated() {
        return VALIDATED.get();
    }

    /** Fails unless the answer to this request is one the document describes. */
    static void check(String method, URI uri, HttpResponse<String> response) {
        INSTANCE.verify(method, uri.getPath(), response);
    }

    private void verify(String method, String path, HttpResponse<String> response) {
        try {
            compare(method, path, response);
        } catch (AssertionError mismatch) {
            if (!Boolean.getBoolean("apiContract.reportOnly")) {
                throw mismatch;
            }
            System.out.println("CONTRACT MISMATCH " + mismatch.getMessage().replace('\n', ' '));
        }
    }

    private void compare(String method, String path, HttpResponse<String> response) {
        Optional<Route> matched = routes.stream().filter(route -> route.method.equals(method) && route.matches(path)).findFirst();
        if (matched.isEmpty()) {
            return; // an unrouted request (unknown path, wrong method) belongs to no operation of the document
        }
        Route route = matched.get();
        String where = method + " " + route.path + " → " + response.statusCode();
        JsonNode answer = route.operation.path("responses").path(Integer.toString(response.statusCode()));
        if (answer.isMissingNode()) {
            throw new AssertionError(where + ": the document does not name this status. Body: " + response.body());
        }
        answer = resolve(answer);
        String body = response.body();
        JsonNode content = answer.path("content");
        if (body == null || body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                throw new AssertionError(where + ": the document promises a body, the answer has none");
            }
            VALIDATED.incrementAndGet();
            return;
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            throw new AssertionError(where + ": the document has no " + mediaType + " body for this status. Body: " + body);
        }
        String key = route.method + " " + route.path + " " + response.statusCode() + " " + mediaType;
        Schema schema = schemas.computeIfAbsent(key, ignored -> {
            ObjectNode root = JSON.createObjectNode();
            root.set("components", document.path("components"));
            root.putArray("allOf").add(media.path("schema"));
            return registry.getSchema(root);
        });
        List<Error> errors = schema.validate(JSON.readTree(body));
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ": the body does not match the document: " + errors + "\nBody: " + body);
        }
        VALIDATED.incrementAndGet();
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isString()) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.asString().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    /** Every object schema that lists its properties admits no others. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> strict(entry.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(ApiContract::strict);
        }
    }

    private record Route(String method, String path, JsonNode operation, Pattern pattern) {
        Route(String method, String path, JsonNode operation) {
            this(method, path, operation, Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+")));
        }

        boolean matches(String requested) {
            return pattern.matcher(requested).matches();
        }

        int parameters() {
            return path.split("\\{", -1).length - 1;
        }
    }
}
