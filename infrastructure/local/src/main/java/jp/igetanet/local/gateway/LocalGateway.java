package jp.igetanet.local.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jp.igetanet.local.seed.DemoSeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Plays API Gateway (HTTP API, payload 2.0) on localhost: matches the template's routes, runs the JWT authorizer
 * on every route that is not {@code Auth: NONE}, builds the event with the verified claims, invokes the owning
 * function's real handler in-process and writes its response back. A second listener serves the static portal
 * site, on its own origin as CloudFront does in production.
 */
public final class LocalGateway implements AutoCloseable {

    /** API Gateway's payload limit for HTTP APIs. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** The network whose portal the local site shows: the demo network. */
    private static final String SITE_NETWORK = DemoSeed.NETWORK_ID;

    private final List<Route> routes;
    private final Optional<Route> defaultRoute;
    private final JwtVerifier authorizer;
    private final Cors cors;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer api;
    private final StaticSite site;

    public LocalGateway(List<Route> routes, JwtVerifier authorizer, Cors cors, Path siteFolder,
                        InetSocketAddress apiAddress, InetSocketAddress siteAddress, Clock clock) throws IOException {
        this.routes = routes.stream().filter(route -> !route.isDefault())
                .sorted(Comparator.comparingInt(Route::specificity).reversed()).toList();
        this.defaultRoute = routes.stream().filter(Route::isDefault).findFirst();
        this.authorizer = authorizer;
        this.cors = cors;
        this.clock = clock;
        this.api = HttpServer.create(apiAddress, 64);
        this.api.createContext("/", this::serveApi);
        this.api.setExecutor(executor);
        this.site = new StaticSite(siteFolder, siteAddress, this::siteConfig);
    }

    public LocalGateway start() {
        api.start();
        site.start();
        return this;
    }

    public URI apiUri() {
        return URI.create("http://localhost:" + api.getAddress().getPort());
    }

    public URI siteUri() {
        return site.uri();
    }

    @Override
    public void close() {
        api.stop(0);
        site.close();
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------ API

    private void serveApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (method.equals("OPTIONS") && exchange.getRequestHeaders().containsKey("Access-Control-Request-Method")
                    && !cors.allowOrigins().isEmpty()) {
                preflight(exchange, origin);
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, origin, 413, "application/problem+json", problem(413, "リクエストが大きすぎます",
                        "urn:igetanet:problem:payload-too-large", "PAYLOAD_TOO_LARGE", path));
                return;
            }
            Optional<Matched> matched = match(method, decodePath(path));
            if (matched.isEmpty()) {
                answer(exchange, origin, 404, "application/json", "{\"message\":\"Not Found\"}");
                return;
            }
            Route route = matched.get().route();
            Map<String, String> claims = null;
            if (!route.publicRoute()) {
                Optional<Map<String, String>> verified = authorizer.verify(exchange.getRequestHeaders().getFirst("Authorization"));
                if (verified.isEmpty()) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                    answer(exchange, origin, 401, "application/json", "{\"message\":\"Unauthorized\"}");
                    return;
                }
                claims = verified.get();
            }
            APIGatewayV2HTTPEvent event = event(exchange, route, matched.get().pathParameters(), claims, body);
            APIGatewayV2HTTPResponse response;
            try {
                response = route.function().invoke(event);
            } catch (RuntimeException e) {
                System.err.println("Function " + route.function().name() + " failed: " + e);
                e.printStackTrace();
                answer(exchange, origin, 500, "application/json", "{\"message\":\"Internal Server Error\"}");
                return;
            }
            write(exchange, origin, response);
        }
    }

    private Optional<Matched> match(String method, String path) {
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, path);
            if (parameters.isPresent()) {
                return Optional.of(new Matched(route, parameters.get()));
            }
        }
        return defaultRoute.map(route -> new Matched(route, Map.of()));
    }

    APIGatewayV2HTTPEvent event(HttpExchange exchange, Route route, Map<String, String> pathParameters,
                                Map<String, String> claims, byte[] body) {
        Instant now = clock.instant();
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        String contentType = headers.getOrDefault("content-type", "");
        boolean text = body.length == 0 || isText(contentType);
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizerContext = null;
        if (claims != null) {
            authorizerContext = APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(claims)
                            .withScopes(claims.containsKey("scope") ? List.of(claims.get("scope").split(" ")) : null)
                            .build())
                    .build();
        }
        String requestId = UUID.randomUUID().toString();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(uri.getRawPath())
                .withRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(uri.getRawQuery()))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(!text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withDomainPrefix("localhost")
                        .withStage("$default")
                        .withRouteKey(route.routeKey())
                        .withRequestId(requestId)
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withAuthorizer(authorizerContext)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod().toUpperCase(Locale.ROOT))
                                .withPath(uri.getRawPath())
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeQuery(pair.substring(equals + 1));
            // API Gateway joins repeated parameters with commas.
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    private static String decodeQuery(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String decodePath(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.contains("javascript");
    }

    private void write(HttpExchange exchange, String origin, APIGatewayV2HTTPResponse response) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(out::set);
        }
        if (response.getMultiValueHeaders() != null) {
            // Payload 2.0 has no multi-value headers; take those that are not also single-valued.
            response.getMultiValueHeaders().forEach((name, values) -> {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                    values.forEach(value -> out.add(name, value));
                }
            });
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> out.add("Set-Cookie", cookie));
        }
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        corsHeaders(out, origin);
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        send(exchange, status, body);
    }

    private void answer(HttpExchange exchange, String origin, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        corsHeaders(exchange.getResponseHeaders(), origin);
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private void preflight(HttpExchange exchange, String origin) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (cors.allows(origin)) {
            out.set("Access-Control-Allow-Origin", cors.allowedOrigin(origin));
            out.set("Access-Control-Allow-Methods", String.join(",", cors.allowMethods()));
            out.set("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders()));
            out.set("Access-Control-Max-Age", Integer.toString(cors.maxAgeSeconds()));
        }
        send(exchange, 204, new byte[0]);
    }

    private void corsHeaders(Headers out, String origin) {
        if (cors.allows(origin)) {
            out.set("Access-Control-Allow-Origin", cors.allowedOrigin(origin));
            if (!cors.exposeHeaders().isEmpty()) {
                out.set("Access-Control-Expose-Headers", String.join(",", cors.exposeHeaders()));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The body, or null when it is larger than API Gateway accepts. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        return body.length > MAX_PAYLOAD_BYTES ? null : body;
    }

    private static String problem(int status, String title, String type, String code, String instance) {
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"instance\":\"" + instance.replace("\"", "") + "\"}";
    }

    // ------------------------------------------------------------------ site

    /**
     * What the deployment writes into the site's config.js (the checked-in file is its template): here the local
     * API's address and the demo network.
     */
    private String siteConfig() {
        return "// Written by the local gateway: the local API and the demo network.\n"
                + "window.IGETANET_CONFIG = {\"apiBase\": \"" + apiUri() + "\", \"network\": \"" + SITE_NETWORK + "\"};\n";
    }

    private record Matched(Route route, Map<String, String> pathParameters) {
    }
}
