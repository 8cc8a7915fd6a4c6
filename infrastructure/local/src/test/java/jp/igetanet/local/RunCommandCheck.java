package jp.igetanet.local;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's run command, as a person runs it: {@code java -jar infrastructure/local/target/local.jar} from the
 * project folder (here in a temporary data folder, on free ports) comes up and answers, and the printed command runs
 * a scheduled function against it. Runs after packaging (failsafe), because it needs the fat jar and the function jars.
 */
class RunCommandCheck {

    private static final Pattern ADDRESS = Pattern.compile("^\\s+(API|portal site|web app)\\s+(http://localhost:\\d+)");

    @Test
    void theFatJarStartsEverythingAndServesTheDirectoryTheSiteTheAppAndTheAuthorizer() throws Exception {
        Path jar = Path.of("target", "local.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("igetanet-run-");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--api-port", "0", "--site-port", "0", "--app-port", "0", "--free-ports", "--data", data.toString())
                .directory(LocalMain.projectRoot().toFile())
                .redirectErrorStream(true)
                .start();
        try {
            URI api = null;
            URI site = null;
            URI app = null;
            List<String> output = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher address = ADDRESS.matcher(line);
                    if (address.find()) {
                        switch (address.group(1)) {
                            case "API" -> api = URI.create(address.group(2));
                            case "portal site" -> site = URI.create(address.group(2));
                            default -> app = URI.create(address.group(2));
                        }
                    }
                    if (line.contains("Ctrl-C")) {
                        break;
                    }
                }
                assertNotNull(api, String.join("\n", output));
                assertNotNull(site, String.join("\n", output));
                assertNotNull(app, String.join("\n", output));
                assertTrue(output.stream().anyMatch(text -> text.contains("nishio-operator")), "demo sign-in names");

                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> directory = http.send(HttpRequest.newBuilder(api.resolve("/portal/facilities?network=nishio"))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, directory.statusCode());
                assertTrue(directory.body().contains("いげたクリニック"));
                assertEquals(401, http.send(HttpRequest.newBuilder(api.resolve("/me")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                assertEquals(200, http.send(HttpRequest.newBuilder(site.resolve("/")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                HttpResponse<String> shell = http.send(HttpRequest.newBuilder(app.resolve("/")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, shell.statusCode());
                assertTrue(shell.body().contains("/assets/app-"), "the built web app: " + shell.body());
                assertTrue(output.stream().anyMatch(text -> text.contains("RunScheduled RetentionFunction")),
                        "the command for the retention sweep");
                assertScheduledRunPrintsItsResult(jar, data);
            }
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the run command stops on SIGTERM");
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void assertScheduledRunPrintsItsResult(Path jar, Path data) throws Exception {
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "jp.igetanet.local.RunScheduled", "RetentionFunction")
                .directory(LocalMain.projectRoot().toFile());
        command.environment().put(LocalMain.DATA_VARIABLE, data.toString());
        Process run = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "RunScheduled ends");
        assertEquals(0, run.exitValue(), printed);
        assertTrue(printed.startsWith("{") && printed.endsWith("}"), "the sweep's summary as JSON: " + printed);
    }
}
