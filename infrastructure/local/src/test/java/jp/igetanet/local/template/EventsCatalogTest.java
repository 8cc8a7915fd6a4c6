package jp.igetanet.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.igetanet.local.LocalMain;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * events/ mirrors the template: one folder per function (named like its module), files named
 * {@code <operation>--<actor>.json}, each for a route of that function, and every route with at least one event.
 */
class EventsCatalogTest {

    private final SamTemplate template = SamTemplate.load(TemplateFiles.projectTemplate());
    private final Path events = LocalMain.projectRoot().resolve("events");

    /** The function module's folder name, e.g. {@code portal} for functions/portal/target/portal.jar. */
    private static String moduleOf(FunctionSpec function) {
        return function.codeUri().getParent().getParent().getFileName().toString();
    }

    @Test
    void everyFunctionHasAnEventForEachOfItsRoutes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (FunctionSpec function : template.functions()) {
            Path folder = events.resolve(moduleOf(function));
            assertTrue(Files.isDirectory(folder), "events/" + moduleOf(function) + " for " + function.logicalId());
            Set<String> routeKeys = new HashSet<>(function.routes().stream().map(RouteSpec::routeKey).toList());
            Set<String> covered = new HashSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    assertTrue(name.matches("[a-z0-9-]+--[a-z0-9-]+\\.json"), "<operation>--<actor>.json: " + file);
                    JsonNode event = json.readTree(file.toFile());
                    assertEquals("2.0", event.path("version").asText(), file + " is a payload 2.0 event");
                    String routeKey = event.path("routeKey").asText();
                    assertTrue(routeKeys.contains(routeKey), file + ": " + routeKey + " is not a route of " + function.logicalId());
                    assertEquals(routeKey, event.path("requestContext").path("routeKey").asText(), file.toString());
                    covered.add(routeKey);
                }
            }
            assertEquals(routeKeys, covered, function.logicalId() + ": routes without a sample event");
        }
    }

    @Test
    void thereAreNoEventFoldersWithoutAFunction() throws IOException {
        List<String> modules = template.functions().stream().map(EventsCatalogTest::moduleOf).toList();
        try (Stream<Path> folders = Files.list(events)) {
            folders.forEach(folder -> assertTrue(modules.contains(folder.getFileName().toString()), folder.toString()));
        }
    }
}
