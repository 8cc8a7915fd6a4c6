package jp.igetanet.local.it;

import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The node scripts under {@code src/test/browser}, which drive Debian's Chromium with playwright-core against the
 * running local system; a script that fails fails the test with its output. A missing browser or driver fails the
 * tests; nothing is skipped.
 */
final class BrowserScripts {

    static final Path LOCAL_MODULE = SharedSystem.projectRoot().resolve("infrastructure/local");
    static final Path SCRIPTS = LOCAL_MODULE.resolve("src/test/browser");
    private static final Path SCREENSHOTS = LOCAL_MODULE.resolve("target/screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long SCRIPT_TIMEOUT_MINUTES = 5;

    private BrowserScripts() {
    }

    static void chromiumAndPlaywrightAreInstalled() {
        assertTrue(Files.isExecutable(CHROMIUM),
                "Chromium is missing at " + CHROMIUM + ": install Debian's package (apt-get install -y chromium)");
        assertTrue(Files.isRegularFile(LOCAL_MODULE.resolve("node_modules/playwright-core/package.json")),
                "playwright-core is missing: run npm ci in infrastructure/local (the build does, unless -Dnpm.skip)");
    }

    /** Runs one script (a path under src/test/browser) against the system; its output, or a failure carrying it. */
    static String run(LocalSystem system, String script, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder("node", SCRIPTS.resolve(script).toString())
                .directory(LOCAL_MODULE.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "SITE_URL", system.siteUri().toString(),
                "API_URL", system.apiUri().toString(),
                "APP_URL", system.appUri().toString(),
                "NETWORK", DemoSeed.NETWORK_ID,
                "CHROMIUM", CHROMIUM.toString(),
                "SCREENSHOT_DIR", SCREENSHOTS.toString()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), output));
            if (!process.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                reader.join(5_000);
                fail(script + " did not finish within " + SCRIPT_TIMEOUT_MINUTES + " minutes:\n" + output.toString(StandardCharsets.UTF_8));
            }
            reader.join();
            String text = output.toString(StandardCharsets.UTF_8);
            System.out.println("[" + script + "]\n" + text);
            assertEquals(0, process.exitValue(), script + " failed:\n" + text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node for " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
