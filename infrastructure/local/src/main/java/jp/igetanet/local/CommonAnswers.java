package jp.igetanet.local;

import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.RouteSpec;
import jp.igetanet.local.template.SamTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers that hold for every operation of a kind, written once here instead of on every controller method:
 * API Gateway's own 401 and 429, the 403 and the §25 503 of every signed-in route, the guard's 413 and the 400 and
 * 415 of operations with input, the 404 of an id in the path or body, the 406 of a JSON answer refused by the
 * request's {@code Accept}, the {@code Location} of a 201 or 202, and on every
 * POST the {@code Idempotency-Key} header with the answers it adds. Which routes are signed in is the template's
 * decision ({@link RouteSpec#publicRoute()}).
 */
final class CommonAnswers {

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";
    static final String GATEWAY_MESSAGE = "GatewayMessage";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    private CommonAnswers() {
    }

    /** Adds the common answers to every routed operation and their shared parts to the components. */
    @SuppressWarnings("unchecked")
    static void add(Map<String, Object> paths, Map<String, Object> components, SamTemplate template) {
        for (FunctionSpec function : template.functions()) {
            for (RouteSpec route : function.routes()) {
                if (route.isDefaultRoute()) {
                    continue;
                }
                Map<String, Object> operations = (Map<String, Object>) paths.get(route.path());
                add(route, (Map<String, Object>) operations.get(route.method().toLowerCase(Locale.ROOT)));
            }
        }
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        schemas.put(GATEWAY_MESSAGE, object(Map.of("message", Map.of("type", "string",
                "description", "API Gateway の英語のメッセージ（Unauthorized、Too Many Requests など）")),
                "API Gateway 自身の応答（本文は英語の message だけで、problem+json ではありません）"));
        components.put("responses", responses());
        components.put("parameters", new TreeMap<>(Map.of(IDEMPOTENCY_KEY, idempotencyKey())));
        components.put("headers", headers());
    }

    @SuppressWarnings("unchecked")
    private static void add(RouteSpec route, Map<String, Object> operation) {
        Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses", key -> new TreeMap<>());
        boolean post = route.method().equals("POST");
        boolean hasBody = operation.containsKey("requestBody");
        if (post) {
            List<Object> parameters = new ArrayList<>((List<Object>) operation.getOrDefault("parameters", List.of()));
            parameters.add(reference("parameters", IDEMPOTENCY_KEY));
            operation.put("parameters", parameters);
        }
        boolean hasParameters = operation.containsKey("parameters");
        responses.forEach((status, response) -> {
            boolean created = status.equals("201") || status.equals("202");
            if (status.startsWith("2") && (created || post) && response instanceof Map<?, ?> answer) {
                Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) answer)
                        .computeIfAbsent("headers", key -> new TreeMap<>());
                if (created) {
                    headers.put("Location", reference("headers", "Location"));
                }
                if (post) {
                    headers.put("Idempotent-Replayed", reference("headers", "IdempotentReplayed"));
                }
            }
        });
        if (hasParameters || hasBody) {
            ensure(responses, "400", "BadRequest", post
                    ? "Idempotency-Key の形式の誤り（1〜255文字でない：IDEMPOTENCY_KEY_INVALID）" : null);
        }
        if (!route.publicRoute()) {
            ensureWithGatewayBody(responses, "401", "Unauthorized");
            ensure(responses, "403", "Forbidden", null);
        }
        if (route.path().contains("{") || hasBody) {
            ensure(responses, "404", "NotFound", null); // an id in the path or the body that names nothing visible
        }
        if (answersJson(responses)) {
            ensure(responses, "406", "NotAcceptable", null);
        }
        if (post) {
            ensure(responses, "409", "IdempotencyKeyInUse",
                    "同じ Idempotency-Key のリクエストをまだ処理している（IDEMPOTENCY_KEY_IN_USE）");
            ensure(responses, "422", "IdempotencyKeyReused",
                    "この Idempotency-Key は別の内容のリクエストに使われた（IDEMPOTENCY_KEY_REUSED）");
        }
        if (hasBody) {
            ensure(responses, "413", "PayloadTooLarge", null);
            ensure(responses, "415", "UnsupportedMediaType", null);
        }
        ensureWithGatewayBody(responses, "429", "TooManyRequests");
        if (!route.publicRoute()) {
            ensure(responses, "503", "ServiceSuspended", null);
        }
        operation.put("responses", new TreeMap<>(responses)); // in the order of their status codes
    }

    /** Whether a successful answer has a JSON body, which an Accept header that excludes JSON refuses with 406. */
    @SuppressWarnings("unchecked")
    private static boolean answersJson(Map<String, Object> responses) {
        return responses.entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
                && entry.getValue() instanceof Map<?, ?> answer && answer.get("content") instanceof Map<?, ?> content
                && content.containsKey(JSON));
    }

    /**
     * The shared answer by reference when the operation has none of its own; otherwise the operation's own
     * description, with what this status also means here appended.
     */
    @SuppressWarnings("unchecked")
    private static void ensure(Map<String, Object> responses, String status, String component, String alsoMeans) {
        Object own = responses.get(status);
        if (own == null) {
            if (alsoMeans == null || component.startsWith("Idempotency")) {
                responses.put(status, reference("responses", component));
            } else {
                Map<String, Object> answer = (Map<String, Object>) responses().get(component);
                answer.put("description", answer.get("description") + "。または" + alsoMeans);
                responses.put(status, answer);
            }
        } else if (alsoMeans != null && own instanceof Map<?, ?> answer && !answer.containsKey("$ref")) {
            ((Map<String, Object>) answer).put("description", answer.get("description") + "。または" + alsoMeans);
            ((Map<String, Object>) answer).putIfAbsent("content", problemContent());
        }
    }

    /** 401 and 429 come from API Gateway itself as well: its JSON body beside the functions' problem, if any. */
    @SuppressWarnings("unchecked")
    private static void ensureWithGatewayBody(Map<String, Object> responses, String status, String component) {
        Object own = responses.get(status);
        if (!(own instanceof Map<?, ?> answer) || answer.containsKey("$ref")) {
            responses.put(status, reference("responses", component));
            return;
        }
        Map<String, Object> shared = (Map<String, Object>) responses().get(component);
        Object ownContent = answer.get("content");
        Map<String, Object> content = new TreeMap<>(ownContent == null ? Map.of() : (Map<String, Object>) ownContent);
        content.putAll((Map<String, Object>) shared.get("content"));
        ((Map<String, Object>) answer).put("content", content);
        ((Map<String, Object>) answer).put("description", answer.get("description") + "。" + shared.get("description"));
        if (shared.containsKey("headers")) {
            ((Map<String, Object>) answer).put("headers", shared.get("headers"));
        }
    }

    /** Fresh instances on every call: one instance in two places would be written as a YAML anchor. */
    private static Map<String, Object> responses() {
        Map<String, Object> responses = new TreeMap<>();
        responses.put("BadRequest", problem("リクエストの誤り（パラメータ・本文の形式や内容。項目ごとの errors 付き）"));
        Map<String, Object> unauthorized = answer("トークンがない、形式が正しくない、期限切れ、またはこのユーザープールのものではない。"
                + "API Gateway の JWT オーソライザーが application/json の {\"message\":\"Unauthorized\"} で答えます。"
                + "関数が答える場合は problem+json（UNAUTHENTICATED）です。どちらも、サインインし直してください");
        unauthorized.put("headers", new TreeMap<>(Map.of("WWW-Authenticate", reference("headers", "WWWAuthenticate"))));
        Map<String, Object> unauthorizedContent = gatewayContent("Unauthorized");
        unauthorizedContent.putAll(problemContent());
        unauthorized.put("content", unauthorizedContent);
        responses.put("Unauthorized", unauthorized);
        responses.put("Forbidden", problem("この操作の権限がない、ユーザーIDや所属施設が停止・廃止されている、"
                + "またはパスワードの有効期限が切れている"));
        responses.put("NotFound", problem("指定したものがない、または参照できない"));
        responses.put("NotAcceptable", problem("Accept ヘッダーが application/json を受け付けない（NOT_ACCEPTABLE）"));
        responses.put("IdempotencyKeyInUse", problem("同じ Idempotency-Key のリクエストをまだ処理している"
                + "（IDEMPOTENCY_KEY_IN_USE）。少し待って同じリクエストを送り直してください"));
        responses.put("IdempotencyKeyReused", problem("この Idempotency-Key は別の内容のリクエストに使われた"
                + "（IDEMPOTENCY_KEY_REUSED）。新しいリクエストには新しいキーを使ってください"));
        responses.put("PayloadTooLarge", problem("リクエストの本文が 1 MiB を超えている（PAYLOAD_TOO_LARGE）"));
        responses.put("UnsupportedMediaType", problem("Content-Type が application/json ではない（UNSUPPORTED_MEDIA_TYPE）"));
        Map<String, Object> tooMany = answer("リクエストが多すぎる。API Gateway のスロットリングが application/json の "
                + "{\"message\":\"Too Many Requests\"} で答えます。しばらく待ってから送り直してください");
        tooMany.put("content", gatewayContent("Too Many Requests"));
        responses.put("TooManyRequests", tooMany);
        Map<String, Object> suspended = problem("サービスの一時停止中（第25条、SERVICE_SUSPENDED）。Retry-After 秒後に再開の予定です");
        suspended.put("headers", new TreeMap<>(Map.of("Retry-After", reference("headers", "RetryAfter"))));
        responses.put("ServiceSuspended", suspended);
        return responses;
    }

    private static Map<String, Object> headers() {
        Map<String, Object> headers = new TreeMap<>();
        headers.put("Location", header("作られたもの、または受け付けたものの URL", Map.of("type", "string", "format", "uri-reference")));
        headers.put("RetryAfter", header("再開の予定までの秒数（60 以上）", Map.of("type", "integer", "minimum", 60)));
        headers.put("WWWAuthenticate", header("Bearer", Map.of("type", "string")));
        headers.put("IdempotentReplayed", header("true のとき、この応答は同じ Idempotency-Key の最初のリクエストへの応答を"
                + "保存しておいたものです（何も書き込んでいません）", Map.of("type", "string", "enum", List.of("true"))));
        return headers;
    }

    private static Map<String, Object> idempotencyKey() {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", "Idempotency-Key");
        parameter.put("in", "header");
        parameter.put("required", false);
        parameter.put("description", "再送しても二重に処理されないためのキー（draft-ietf-httpapi-idempotency-key-header）。"
                + "1〜255文字の印字可能な ASCII 文字（\" と \\ を除く。引用符で囲んでもよい）で、"
                + "リクエストごとに新しい値（UUID など）を付け、再送には同じ値を付けます。キーは呼び出した利用者ごとに24時間保存され、"
                + "同じキー・同じ内容の再送には最初の応答をそのまま返し（Idempotent-Replayed: true）、何も書き込みません。");
        parameter.put("schema", new LinkedHashMap<>(Map.of("type", "string", "minLength", 1, "maxLength", 255)));
        parameter.put("example", "8e0f6d1c-3b7a-4f7e-9a51-2f2c4b1d9e10");
        return parameter;
    }

    private static Map<String, Object> header(String description, Map<String, Object> schema) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("description", description);
        header.put("schema", new LinkedHashMap<>(schema));
        return header;
    }

    private static Map<String, Object> problem(String description) {
        Map<String, Object> answer = answer(description);
        answer.put("content", problemContent());
        return answer;
    }

    private static Map<String, Object> problemContent() {
        return new TreeMap<>(Map.of(PROBLEM, new LinkedHashMap<>(Map.of("schema", reference("schemas", "Problem")))));
    }

    private static Map<String, Object> gatewayContent(String message) {
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("schema", reference("schemas", GATEWAY_MESSAGE));
        media.put("example", new LinkedHashMap<>(Map.of("message", message)));
        return new TreeMap<>(Map.of(JSON, media));
    }

    private static Map<String, Object> answer(String description) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("description", description);
        return answer;
    }

    private static Map<String, Object> object(Map<String, Object> properties, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", description);
        schema.put("required", new ArrayList<>(properties.keySet()));
        Map<String, Object> copied = new TreeMap<>();
        properties.forEach((name, property) -> copied.put(name, new LinkedHashMap<>((Map<?, ?>) property)));
        schema.put("properties", copied);
        return schema;
    }

    static Map<String, Object> reference(String kind, String name) {
        return new LinkedHashMap<>(Map.of("$ref", "#/components/" + kind + "/" + name));
    }
}
