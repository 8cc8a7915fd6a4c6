package jp.igetanet.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.igetanet.local.LocalMain;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.provision.LocalResources;
import jp.igetanet.local.standin.LocalClients;
import jp.igetanet.local.standin.StandInOptions;
import jp.igetanet.local.standin.StandIns;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.SamTemplate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The README's cold-start benchmark: for every function of template.yaml, fresh JVMs whose class path starts with the
 * function's deployment jar construct the real handler and answer one event that reads DynamoDB (dynalite) — an HTTP
 * request, a queue's batch or a schedule's tick, whatever invokes the function — beside a bare handler measured in the
 * same run as the baseline. Prints the medians, the DynamoDB requests and capacity units per call (of the HTTP
 * functions, which log them per request) and the jar sizes.
 *
 * <pre>java -cp infrastructure/local/target/local.jar jp.igetanet.local.bench.ColdStartBenchmark [--runs N]</pre>
 *
 * <p>The probe's own classes (the probe, Jackson databind for reading the event, the Lambda core and events types,
 * Joda-Time for a scheduled event's time) go into a small {@code probe.jar} after the function jar, copied from
 * wherever this JVM loaded them. Appending the whole local.jar instead would expose its Micronaut bean definitions,
 * service files and libraries to the function, which Micronaut's class path scanning would pick up.
 */
public final class ColdStartBenchmark {

    /** One event per function that makes a DynamoDB round trip; every function of the template needs an entry. */
    static final Map<String, String> EVENTS = Map.of(
            "PortalFunction", "events/portal/list-facilities--public.json",
            "RegistrationFunction", "events/registration/list-applications--operator.json",
            "IdIssuanceFunction", "events/id-issuance/get-me--member.json",
            "PostingFunction", "events/posting/read-timeline--member.json",
            "ProjectsFunction", "events/projects/read-project-timeline--member.json",
            "ConsentFunction", "events/consent/read-consents--member.json",
            "PurgeFunction", "events/consent/purge--queue.json",
            "RetentionFunction", "events/consent/retention--schedule.json",
            "OperationsFunction", "events/operations/list-incident-reports--operator.json");

    static final int WARM_CALLS = 20;
    static final long RUN_TIMEOUT_SECONDS = 180;
    static final String BARE = "bare handler";

    /** What the probe needs beside the function jar (the function's own copies come first and win). */
    static final List<Class<?>> PROBE_CLASSES = List.of(ColdStartProbe.class, ObjectMapper.class,
            com.fasterxml.jackson.annotation.JsonAutoDetect.class, com.fasterxml.jackson.core.JsonFactory.class,
            com.amazonaws.services.lambda.runtime.RequestHandler.class,
            com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.class, org.joda.time.DateTime.class);
    static final List<String> PROBE_PACKAGES = List.of("jp/igetanet/local/bench/", "com/fasterxml/jackson/databind/",
            "com/fasterxml/jackson/annotation/", "com/fasterxml/jackson/core/", "com/amazonaws/services/lambda/runtime/",
            "org/joda/time/");

    /** The request id of the SnapStart priming request (core's PrimedFunction), which is not a measured call. */
    static final String PRIMING_REQUEST = "snapstart-priming";
    private static final Pattern PROBE_LINE = Pattern.compile(
            "PROBE init=(\\d+) first=(\\d+(?:[.,]\\d+)?) warm=(\\d+(?:[.,]\\d+)?) status=(-?\\d+)");
    private static final Pattern CLASS_LOAD = Pattern.compile("\\]\\s*(\\S+) source: (.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ColdStartBenchmark() {
    }

    /** The probe's figures: init (JVM start → handler constructed), first call, median warm call, first status. */
    record Probe(long initMillis, double firstMillis, double warmMillis, int status) {
    }

    /** The figures of one request log line of a function. */
    record RequestLog(int dynamoDbRequests, double capacityUnits) {
    }

    record Run(Probe probe, Optional<RequestLog> firstRequest, Optional<RequestLog> lastRequest) {
    }

    /**
     * What one fresh JVM runs; {@code primed}: the handler answers its SnapStart priming request first;
     * {@code logsRequests}: the function logs a request line with its DynamoDB figures per call (HTTP functions do).
     */
    record Variant(String name, String handlerClass, Optional<Path> functionJar, Path event, int timeoutSeconds,
                   List<String> jvmOptions, Map<String, String> properties, boolean primed, boolean logsRequests) {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int runs = intOption(args, "--runs", 5);
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        Path root = LocalMain.projectRoot();
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        Map<FunctionSpec, Path> events = eventsFor(template.functions(), root);

        Path temp = Files.createTempDirectory("igetanet-coldstart-");
        try {
            Path probeJar = writeProbeJar(temp.resolve("probe.jar"));
            try (StandIns standIns = StandIns.start(StandInOptions.in(temp.resolve("stand-ins")));
                 LocalClients clients = LocalClients.connectTo(standIns)) {
                LocalResources resources = LocalSystem.provisionAndSeed(template, standIns, clients);
                Map<String, String> properties = LocalSystem.functionProperties(template, resources, standIns);

                List<Variant> variants = new ArrayList<>();
                List<String> bareOptions = null;
                for (Map.Entry<FunctionSpec, Path> entry : events.entrySet()) {
                    FunctionSpec function = entry.getKey();
                    List<String> options = javaToolOptions(resources.functionEnvironment(function));
                    bareOptions = bareOptions == null ? options : bareOptions;
                    boolean http = !function.routes().isEmpty();
                    variants.add(new Variant(function.logicalId(), function.handlerClass(),
                            Optional.of(function.codeUri()), entry.getValue(), function.timeoutSeconds(), options,
                            properties, false, http));
                    if (primes(function)) {
                        variants.add(new Variant(function.logicalId() + " primed", function.handlerClass(),
                                Optional.of(function.codeUri()), entry.getValue(), function.timeoutSeconds(), options,
                                properties, true, http));
                    }
                }
                FunctionSpec firstFunction = events.keySet().iterator().next();
                Variant bare = new Variant(BARE, BareHandler.class.getName(), Optional.empty(),
                        events.get(firstFunction), firstFunction.timeoutSeconds(),
                        bareOptions == null ? List.of() : bareOptions, Map.of(), false, false);
                variants.addFirst(bare);

                Path work = Files.createDirectories(temp.resolve("runs"));
                System.err.printf("cold-start benchmark: %d fresh JVMs per variant (plus one untimed warm-up each), "
                        + "%d warm calls each%n", runs, WARM_CALLS);
                // The untimed warm-up run of each variant logs its class loading: where did the classes come from?
                Map<String, String> classSources = new LinkedHashMap<>();
                for (Variant variant : variants) {
                    Path classLog = work.resolve(fileName(variant.name()) + "-classes.log");
                    run(variant, probeJar, work, "warmup", Optional.of(classLog));
                    classSources.put(variant.name(), describeClassSources(classLog, variant, probeJar));
                }
                // Runs interleave the variants, so that a slow phase of the machine hits all of them alike.
                Map<String, List<Run>> results = new LinkedHashMap<>();
                for (int i = 1; i <= runs; i++) {
                    for (Variant variant : variants) {
                        Run run = run(variant, probeJar, work, "run" + i, Optional.empty());
                        results.computeIfAbsent(variant.name(), name -> new ArrayList<>()).add(run);
                        System.err.printf("  run %d/%d %-28s init=%d first=%.1f warm=%.2f%n", i, runs, variant.name(),
                                run.probe().initMillis(), run.probe().firstMillis(), run.probe().warmMillis());
                    }
                }
                System.out.println(report(variants, results, probeJar, runs, bareOptions, classSources));
            }
        } finally {
            deleteRecursively(temp);
            System.out.printf(Locale.ROOT, "(whole benchmark %.1f s)%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /** The event of every function, in template order; fails when a function has none or its files are missing. */
    static Map<FunctionSpec, Path> eventsFor(List<FunctionSpec> functions, Path root) {
        if (functions.isEmpty()) {
            throw new IllegalStateException("template.yaml declares no functions");
        }
        Map<FunctionSpec, Path> events = new LinkedHashMap<>();
        for (FunctionSpec function : functions) {
            String event = EVENTS.get(function.logicalId());
            if (event == null) {
                throw new IllegalStateException("ColdStartBenchmark.EVENTS has no event for " + function.logicalId()
                        + ": add one from events/ that reads DynamoDB");
            }
            Path file = root.resolve(event);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no event file " + file + " for " + function.logicalId());
            }
            if (!Files.isRegularFile(function.codeUri())) {
                throw new IllegalStateException("no jar " + function.codeUri() + " for " + function.logicalId()
                        + ": build first (./mvnw package -DskipTests)");
            }
            events.put(function, file);
        }
        return events;
    }

    /** Whether the function's handler can be primed for SnapStart (core's PrimedFunction has {@code prime()}). */
    static boolean primes(FunctionSpec function) throws IOException {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {function.codeUri().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class.forName(function.handlerClass(), false, jar).getMethod("prime");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(function.codeUri() + " lacks the handler " + function.handlerClass(), e);
        }
    }

    /** The JVM flags of the function's JAVA_TOOL_OPTIONS, passed on the command line. */
    static List<String> javaToolOptions(Map<String, String> environment) {
        String options = environment.getOrDefault("JAVA_TOOL_OPTIONS", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static Run run(Variant variant, Path probeJar, Path work, String label, Optional<Path> classLog)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(variant.jvmOptions());
        classLog.ifPresent(log -> command.add("-Xlog:class+load=info:file=" + log));
        variant.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(variant.functionJar().map(jar -> jar + File.pathSeparator + probeJar)
                .orElse(probeJar.toString()));
        command.add(ColdStartProbe.class.getName());
        command.add(variant.handlerClass());
        command.add(variant.event().toString());
        command.add(String.valueOf(WARM_CALLS));
        command.add(String.valueOf(variant.timeoutSeconds()));
        if (variant.primed()) {
            command.add(ColdStartProbe.PRIMED);
        }

        String base = fileName(variant.name()) + "-" + label;
        Path out = work.resolve(base + ".out");
        Path err = work.resolve(base + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Only what the command line says: no options or AWS settings inherited from this shell.
        builder.environment().keySet().removeIf(name -> name.equals("JAVA_TOOL_OPTIONS")
                || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS") || name.startsWith("AWS_"));
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw failure(variant, label, "did not finish within " + RUN_TIMEOUT_SECONDS + " s", out, err);
        }
        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        if (process.exitValue() != 0) {
            throw failure(variant, label, "exited with " + process.exitValue(), out, err);
        }
        Probe probe = parseProbeLine(stderr)
                .orElseThrow(() -> failure(variant, label, "printed no PROBE line", out, err));
        if (probe.status() != 200) {
            throw failure(variant, label, "answered status " + probe.status() + ", not 200", out, err);
        }
        List<RequestLog> requests = parseRequestLogs(stdout);
        if (variant.logsRequests() && requests.isEmpty()) {
            throw failure(variant, label, "logged no request line on stdout", out, err);
        }
        return new Run(probe, requests.stream().findFirst(),
                requests.isEmpty() ? Optional.empty() : Optional.of(requests.getLast()));
    }

    private static IllegalStateException failure(Variant variant, String label, String what, Path out, Path err) {
        return new IllegalStateException(variant.name() + " (" + label + ") " + what
                + "\n--- stdout (tail)\n" + tail(out) + "\n--- stderr (tail)\n" + tail(err));
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The probe's line on standard error; decimals in either locale's notation. */
    static Optional<Probe> parseProbeLine(String stderr) {
        Probe found = null;
        for (String line : stderr.split("\\R")) {
            Matcher matcher = PROBE_LINE.matcher(line);
            if (matcher.find()) {
                found = new Probe(Long.parseLong(matcher.group(1)), decimal(matcher.group(2)),
                        decimal(matcher.group(3)), Integer.parseInt(matcher.group(4)));
            }
        }
        return Optional.ofNullable(found);
    }

    private static double decimal(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    /** One request log line ({@code {"event":"request",…}}), or empty for any other line. */
    static Optional<RequestLog> parseRequestLog(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            if (node == null || !"request".equals(node.path("event").asText())
                    || PRIMING_REQUEST.equals(node.path("requestId").asText())) {
                return Optional.empty();
            }
            JsonNode requests = node.get("dynamoDbRequests");
            JsonNode units = node.get("capacityUnits");
            if (requests == null || !requests.isNumber() || units == null || !units.isNumber()) {
                throw new IllegalStateException("request log line without dynamoDbRequests/capacityUnits: " + trimmed);
            }
            return Optional.of(new RequestLog(requests.asInt(), units.asDouble()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every request log line of a function's standard output, in order. */
    static List<RequestLog> parseRequestLogs(String stdout) {
        List<RequestLog> logs = new ArrayList<>();
        for (String line : stdout.split("\\R")) {
            parseRequestLog(line).ifPresent(logs::add);
        }
        return logs;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * probe.jar: the probe's packages copied from wherever this JVM loaded them (local.jar, or target/classes and
     * the Maven jars in an IDE), without any META-INF resources.
     */
    static Path writeProbeJar(Path jar) throws IOException {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> type : PROBE_CLASSES) {
            try {
                sources.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
            }
        }
        Set<String> written = new TreeSet<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path source : sources) {
                if (Files.isDirectory(source)) {
                    try (Stream<Path> files = Files.walk(source)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            String name = source.relativize(file).toString().replace(File.separatorChar, '/');
                            if (wanted(name) && written.add(name)) {
                                try (InputStream in = Files.newInputStream(file)) {
                                    copyEntry(out, name, in);
                                }
                            }
                        }
                    }
                } else {
                    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
                        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                            if (!entry.isDirectory() && wanted(entry.getName()) && written.add(entry.getName())) {
                                copyEntry(out, entry.getName(), in);
                            }
                        }
                    }
                }
            }
        }
        for (Class<?> type : PROBE_CLASSES) {
            if (!written.contains(type.getName().replace('.', '/') + ".class")) {
                throw new IllegalStateException("probe.jar lacks " + type.getName());
            }
        }
        return jar;
    }

    private static boolean wanted(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/")
                && PROBE_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static void copyEntry(ZipOutputStream out, String name, InputStream in) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }

    /**
     * Where the warm-up run's classes came from; fails when a class of the frameworks the function ships (Micronaut,
     * the AWS SDK, slf4j, the function's own code) came from anywhere but the function jar.
     */
    static String describeClassSources(Path classLog, Variant variant, Path probeJar) throws IOException {
        String jarName = variant.functionJar().map(jar -> jar.getFileName().toString()).orElse(null);
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> probePackages = new TreeSet<>();
        List<String> notable = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (String line : Files.readAllLines(classLog)) {
            Matcher matcher = CLASS_LOAD.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            String name = matcher.group(1);
            String source = matcher.group(2);
            String origin;
            if (jarName != null && source.endsWith("/" + jarName)) {
                origin = "function jar";
            } else if (source.endsWith("/" + probeJar.getFileName())) {
                origin = "probe.jar";
                probePackages.add(packagePrefix(name));
            } else if (source.startsWith("jrt:/") || source.startsWith("shared objects file")) {
                origin = "JDK";
            } else {
                origin = "generated";
            }
            counts.merge(origin, 1, Integer::sum);
            if (isNotable(name)) {
                notable.add(name.substring(name.lastIndexOf('.') + 1) + " (" + origin + ")");
            }
            // lambda forms and proxies name their defining class as the source: only files count here
            if (jarName != null && shippedByFunction(name) && !origin.equals("function jar") && (origin.equals("probe.jar") || origin.equals("JDK")
                    || source.startsWith("file:"))) {
                foreign.add(name + " from " + source);
            }
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException(variant.name() + " loaded framework classes from outside its jar: "
                    + foreign.subList(0, Math.min(10, foreign.size())));
        }
        return variant.name() + ": " + counts + "; from probe.jar: " + probePackages
                + (notable.isEmpty() ? "" : "; loaded " + String.join(", ", notable));
    }

    private static boolean shippedByFunction(String name) {
        return name.startsWith("io.micronaut.") || name.startsWith("software.amazon.awssdk.")
                || name.startsWith("org.slf4j.") || name.startsWith("ch.qos.logback.")
                || (name.startsWith("jp.igetanet.") && !name.startsWith("jp.igetanet.local."));
    }

    /** The slf4j provider and the SDK's HTTP client: the choices that move start-up most quietly. */
    private static boolean isNotable(String name) {
        return name.endsWith("ServiceProvider") && (name.startsWith("org.slf4j.") || name.startsWith("ch.qos."))
                || name.startsWith("software.amazon.awssdk.http.") && name.endsWith("HttpClient")
                && !name.contains("$");
    }

    private static String packagePrefix(String className) {
        String[] parts = className.split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(4, parts.length - 1)));
    }

    static String report(List<Variant> variants, Map<String, List<Run>> results, Path probeJar, int runs,
                         List<String> jvmOptions, Map<String, String> classSources) throws IOException {
        StringBuilder text = new StringBuilder();
        double bareInit = median(results.get(BARE).stream().mapToDouble(run -> run.probe().initMillis()).toArray());
        double bareCold = bareInit + median(results.get(BARE).stream().mapToDouble(run -> run.probe().firstMillis())
                .toArray());
        text.append(String.format(Locale.ROOT, "%nCold start — medians of %d fresh JVMs each; JDK %s (%s), %d cores;"
                        + " JVM options %s (template JAVA_TOOL_OPTIONS), no -Xmx; %d warm calls%n%n", runs,
                Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                jvmOptions, WARM_CALLS));
        int[] widths = {28, 7, 8, 13, 8, 13, 13, 11};
        StringBuilder formatBuilder = new StringBuilder("%-" + widths[0] + "s");
        StringBuilder rule = new StringBuilder("-".repeat(widths[0] + 1));
        for (int i = 1; i < widths.length; i++) {
            formatBuilder.append(" | %").append(widths[i]).append('s');
            rule.append('|').append("-".repeat(widths[i] + (i < widths.length - 1 ? 2 : 1)));
        }
        String format = formatBuilder.append("%n").toString();
        text.append(String.format(Locale.ROOT, format, "function", "jar MB", "init ms", "first call ms", "warm ms",
                "DynamoDB/call", "capacity/call", "init ÷ bare"));
        text.append(rule).append('\n');
        List<String> checks = new ArrayList<>();
        for (Variant variant : variants) {
            List<Run> list = results.get(variant.name());
            double init = median(list.stream().mapToDouble(run -> run.probe().initMillis()).toArray());
            double first = median(list.stream().mapToDouble(run -> run.probe().firstMillis()).toArray());
            double warm = median(list.stream().mapToDouble(run -> run.probe().warmMillis()).toArray());
            Path jar = variant.functionJar().orElse(probeJar);
            double megabytes = Files.size(jar) / 1e6;
            text.append(String.format(Locale.ROOT, format, variant.name(), String.format(Locale.ROOT, "%.2f", megabytes),
                    String.format(Locale.ROOT, "%.0f", init), String.format(Locale.ROOT, "%.1f", first),
                    String.format(Locale.ROOT, "%.2f", warm), requestFigure(list, true), requestFigure(list, false),
                    String.format(Locale.ROOT, "%.1f×", init / bareInit)));
            if (variant.functionJar().isPresent() && !variant.primed()) {
                double cold = init + first;
                checks.add(String.format(Locale.ROOT, "  %-28s cold start (init + first) %.0f ms = %.1f× bare %.0f ms"
                                + " → within 3×: %s; jar %.2f MB → ≤ 15 MB: %s", variant.name(), cold,
                        cold / bareCold, bareCold, cold <= 3 * bareCold ? "yes" : "NO",
                        megabytes, megabytes <= 15 ? "yes" : "NO"));
            }
        }
        text.append(String.format(Locale.ROOT, "%n(\"primed\": the handler answered its SnapStart priming request"
                + " before the measured first call, as in the snapshot that SnapStart restores; the restore itself"
                + " happens only on Lambda)"));
        text.append(String.format(Locale.ROOT, "%n(bare handler jar = probe.jar: the probe, Jackson databind and the"
                + " Lambda types; init = JVM start → handler constructed; DynamoDB/capacity of the first call,"
                + " \"a→b\" when the warm calls differ)%n%nTargets (information only):%n"));
        checks.forEach(check -> text.append(check).append('\n'));
        text.append(String.format("%nClass sources (untimed warm-up run):%n"));
        classSources.values().forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    /** The DynamoDB requests or capacity units of the first call (the same in every run, else a range). */
    private static String requestFigure(List<Run> runs, boolean requests) {
        Set<String> first = new TreeSet<>();
        Set<String> last = new TreeSet<>();
        for (Run run : runs) {
            run.firstRequest().ifPresent(log -> first.add(figure(log, requests)));
            run.lastRequest().ifPresent(log -> last.add(figure(log, requests)));
        }
        if (first.isEmpty()) {
            return "–";
        }
        String cold = String.join("/", first);
        return last.equals(first) ? cold : cold + "→" + String.join("/", last);
    }

    private static String figure(RequestLog log, boolean requests) {
        return requests ? String.valueOf(log.dynamoDbRequests())
                : String.format(Locale.ROOT, "%.1f", log.capacityUnits());
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                return Integer.parseInt(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Integer.parseInt(args[i].substring(name.length() + 1));
            }
        }
        return fallback;
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e);
        }
    }
}
