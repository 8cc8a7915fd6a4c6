package jp.igetanet.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * A static site on its own origin, as CloudFront serves one from its bucket in production: the folder's files,
 * {@code index.html} for a folder, {@code /config.js} written by this runner instead of the deployment, text
 * compressed for clients that accept gzip (CloudFront's {@code Compress: true}), and CloudFront's caching: files under
 * {@code /assets/} have content-hashed names and are cached for a year, everything else is revalidated.
 */
public final class StaticSite implements AutoCloseable {

    /** The site's settings, which a deployment writes into config.js and this server answers itself. */
    static final String CONFIG_PATH = "/config.js";
    private static final String HASHED_ASSETS = "/assets/";

    private final Path folder;
    private final Supplier<String> configScript;
    private final Map<String, String> headers;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    public StaticSite(Path folder, InetSocketAddress address, Supplier<String> configScript) throws IOException {
        this(folder, address, configScript, Map.of());
    }

    /** A site whose every answer also carries {@code headers}, as a CloudFront response headers policy adds them. */
    public StaticSite(Path folder, InetSocketAddress address, Supplier<String> configScript, Map<String, String> headers)
            throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.configScript = configScript;
        this.headers = Map.copyOf(headers);
        this.server = HttpServer.create(address, 64);
        this.server.createContext("/", this::serve);
        this.server.setExecutor(executor);
    }

    public StaticSite start() {
        server.start();
        return this;
    }

    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            this.headers.forEach(headers::set);
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                headers.set("Content-Type", "text/plain; charset=utf-8");
                send(exchange, 405, "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String requested = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (requested.equals(CONFIG_PATH)) {
                headers.set("Content-Type", "text/javascript; charset=utf-8");
                headers.set("Cache-Control", "no-cache");
                send(exchange, 200, configScript.get().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = folder.resolve(requested.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                headers.set("Content-Type", "text/plain; charset=utf-8");
                send(exchange, 404, (Files.isDirectory(folder) ? "Not Found"
                        : "Not Found: the site is not built (" + folder + "); run ./mvnw package").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String contentType = contentType(file);
            headers.set("Content-Type", contentType);
            headers.set("Cache-Control", requested.startsWith(HASHED_ASSETS) ? "public, max-age=31536000, immutable" : "no-cache");
            byte[] body = Files.readAllBytes(file);
            if (compressible(contentType) && accepts(exchange, "gzip")) {
                headers.set("Content-Encoding", "gzip");
                headers.set("Vary", "Accept-Encoding");
                body = gzip(body);
            }
            send(exchange, 200, body);
        }
    }

    private static boolean accepts(HttpExchange exchange, String encoding) {
        return exchange.getRequestHeaders().getOrDefault("Accept-Encoding", java.util.List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(encoding));
    }

    private static boolean compressible(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("image/svg") || contentType.startsWith("application/json");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(body);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "webmanifest" -> "application/manifest+json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
