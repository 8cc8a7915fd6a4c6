package jp.igetanet.local;

import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.RouteSpec;
import jp.igetanet.local.template.SamTemplate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The one OpenAPI document of the whole HTTP API that client developers read: the documents that each function's
 * build generates from its controllers (in its jar under META-INF/swagger/), merged in the order of template.yaml.
 * Written at build time to {@code infrastructure/local/target/openapi.yaml}.
 */
public final class ApiDocument {

    static final String SECURITY_SCHEME = "cognito";

    private ApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/openapi.yaml");
        Map<String, Object> document = merge(SamTemplate.load(LocalMain.projectRoot().resolve("template.yaml")));
        Files.createDirectories(target.toAbsolutePath().getParent());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        try (Writer out = Files.newBufferedWriter(target)) {
            new Yaml(options).dump(document, out);
        }
        System.out.println("OpenAPI document with " + ((Map<?, ?>) document.get("paths")).size() + " paths: " + target);
    }

    /** The merged document; a path or schema defined differently by two functions is an error. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(SamTemplate template) {
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        Map<String, Object> securitySchemes = new TreeMap<>();
        Map<String, Map<String, Object>> tags = new LinkedHashMap<>();
        for (FunctionSpec function : template.functions()) {
            Map<String, Object> part = functionDocument(function.codeUri());
            ((Map<String, Object>) part.getOrDefault("paths", Map.of()))
                    .forEach((path, operations) -> add(paths, path, operations, function));
            Map<String, Object> components = (Map<String, Object>) part.getOrDefault("components", Map.of());
            ((Map<String, Object>) components.getOrDefault("schemas", Map.of()))
                    .forEach((name, schema) -> add(schemas, name, schema, function));
            ((Map<String, Object>) components.getOrDefault("securitySchemes", Map.of()))
                    .forEach((name, scheme) -> add(securitySchemes, name, scheme, function));
            ((List<Map<String, Object>>) part.getOrDefault("tags", List.of()))
                    .forEach(tag -> tags.putIfAbsent((String) tag.get("name"), tag));
        }
        for (FunctionSpec function : template.functions()) {
            for (RouteSpec route : function.routes()) {
                if (!route.isDefaultRoute()) {
                    secure(paths, route);
                }
            }
        }
        requireUniqueOperationIds(paths);
        AnswerSchemas.normalise(paths, schemas);
        securitySchemes.put(SECURITY_SCHEME, Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                "description", "Cognito ユーザープールが発行したアクセストークン"));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "いげたネット API");
        info.put("version", "0.1");
        info.put("description", "西尾市在宅医療介護連携システム「いげたネット」のHTTPS API。"
                + "エラーは application/problem+json（RFC 9457）で、title・detail は日本語、code は安定したエラーコードです。"
                + "認証が必要な操作には Cognito ユーザープールのアクセストークンを Authorization: Bearer で指定します。");
        info.put("contact", Map.of("name", "いげたネット事務局（西尾市）"));
        info.put("license", Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0"));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", securitySchemes);
        CommonAnswers.add(paths, components, template);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.1");
        document.put("info", info);
        document.put("servers", List.of(
                Map.of("url", "https://{apiId}.execute-api.{region}.amazonaws.com",
                        "description", "AWS にデプロイした API（スタック出力 ApiUrl）",
                        "variables", Map.of("apiId", Map.of("default", "apiId", "description", "HttpApi の ID"),
                                "region", Map.of("default", "ap-northeast-1"))),
                Map.of("url", "http://localhost:3000", "description", "ローカル環境（README の起動コマンド）")));
        document.put("tags", List.copyOf(tags.values()));
        document.put("paths", paths);
        document.put("components", components);
        return document;
    }

    /**
     * Whether an operation needs a token is the template's decision (the route's authorizer), so the document
     * takes it from there: public routes carry an empty requirement, all others the Cognito bearer token.
     */
    @SuppressWarnings("unchecked")
    private static void secure(Map<String, Object> paths, RouteSpec route) {
        Map<String, Object> operations = (Map<String, Object>) paths.get(route.path());
        Object operation = operations == null ? null : operations.get(route.method().toLowerCase(Locale.ROOT));
        if (!(operation instanceof Map<?, ?>)) {
            throw new IllegalStateException("the template routes " + route.routeKey() + " but no function documents it");
        }
        // Fresh lists each time: a shared instance would be written as a YAML anchor, which some tools reject.
        ((Map<String, Object>) operation).put("security", route.publicRoute()
                ? new java.util.ArrayList<>() : List.of(Map.of(SECURITY_SCHEME, new java.util.ArrayList<>())));
    }

    /** Client generators name methods after operation ids, so two operations must never share one. */
    @SuppressWarnings("unchecked")
    private static void requireUniqueOperationIds(Map<String, Object> paths) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        paths.values().forEach(operations -> ((Map<String, Object>) operations).values().forEach(operation -> {
            Object id = operation instanceof Map<?, ?> map ? map.get("operationId") : null;
            if (id != null && !seen.add(id)) {
                throw new IllegalStateException("operationId " + id + " is used twice");
            }
        }));
    }

    private static void add(Map<String, Object> into, String key, Object value, FunctionSpec function) {
        Object previous = into.putIfAbsent(key, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalStateException(function.logicalId() + " defines " + key + " differently from another function");
        }
    }

    private static Map<String, Object> functionDocument(Path jarFile) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<JarEntry> documents = jar.stream()
                    .filter(entry -> entry.getName().startsWith("META-INF/swagger/") && entry.getName().endsWith(".yml"))
                    .toList();
            if (documents.size() != 1) {
                throw new IllegalStateException(jarFile + " holds " + documents.size() + " OpenAPI documents, not one");
            }
            try (InputStream in = jar.getInputStream(documents.getFirst())) {
                return new Yaml().load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
