package jp.igetanet.local;

import jp.igetanet.local.provision.LocalResources;
import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.standin.StandInOptions;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.ScheduleSpec;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts the whole system on localhost with state under {@code .local/}, prints where
 * everything is and how to sign in, and runs until Ctrl-C.
 */
public final class LocalMain {

    static final String STATE_FILE = "local.properties";
    static final String DATA_VARIABLE = "IGETANET_DATA";
    /** The prefix of the functions' configuration in the state file (RunScheduled runs a function with it). */
    static final String FUNCTION_PROPERTY = "function.";

    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int apiPort = intOption(args, "--api-port", 3000);
        int sitePort = intOption(args, "--site-port", 3001);
        int appPort = intOption(args, "--app-port", 3002);
        // --app-dir DIR: serve another build of the web app (node build.mjs --out DIR)
        option(args, "--app-dir").ifPresent(folder -> System.setProperty(LocalSystem.WEB_APP_FOLDER_PROPERTY,
                Path.of(folder).toAbsolutePath().toString()));
        Path root = projectRoot();
        Path data = option(args, "--data").map(Path::of).orElse(root.resolve(".local"));
        Files.createDirectories(data);
        // --free-ports: the stand-ins on any free ports, e.g. beside a running instance
        StandInOptions standIns = List.of(args).contains("--free-ports")
                ? StandInOptions.in(data) : StandInOptions.in(data).withDefaultPorts();

        LocalSystem system = LocalSystem.start(root.resolve("template.yaml"), standIns, apiPort, sitePort, appPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            stopped.countDown();
        }, "local-shutdown"));
        writeState(data.resolve(STATE_FILE), system);

        System.out.printf("""

                いげたネット is running locally (ready in %.1f s)
                  API          %s      e.g. %s/portal/facilities?network=%s
                  portal site  %s
                  web app      %s   sign in as a demo user below
                  Cognito      %s  user pool %s, app client %s
                  DynamoDB     %s  table %s
                  S3           %s
                  SQS          %s  queues %s
                  state        %s

                Demo sign-in (local only), password for all: %s
                """, (System.nanoTime() - started) / 1e9, system.apiUri(), system.apiUri(), DemoSeed.NETWORK_ID,
                system.siteUri(), system.appUri(), system.standIns().cognitoEndpoint(), system.resources().userPoolId(),
                system.resources().userPoolClientId(), system.standIns().dynamoDbEndpoint(),
                system.resources().tableName("DomainTable"), system.standIns().s3Endpoint(),
                system.standIns().sqsEndpoint(), String.join(", ", system.resources().queues().values().stream()
                        .map(LocalResources.Queue::name).toList()), data, DemoSeed.DEMO_PASSWORD);
        for (DemoSeed.DemoUser user : DemoSeed.users()) {
            System.out.printf("  %-18s %-14s %s%n", user.userId(), user.role().group(), user.name());
        }
        System.out.printf("""

                An access token:  %sjava -cp infrastructure/local/target/local.jar jp.igetanet.local.SignIn %s %s
                %sCtrl-C stops everything.
                """, dataVariable(root, data), DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD,
                scheduledHint(system, dataVariable(root, data)));
        stopped.await();
    }

    private static String dataVariable(Path root, Path data) {
        return data.equals(root.resolve(".local")) ? "" : DATA_VARIABLE + "=" + data + " ";
    }

    /** How to run the scheduled functions now instead of waiting for their schedule. */
    private static String scheduledHint(LocalSystem system, String dataVariable) {
        StringBuilder hint = new StringBuilder();
        for (FunctionSpec function : system.template().functions()) {
            for (ScheduleSpec schedule : function.schedules()) {
                hint.append(String.format("Run a schedule:   %sjava -cp infrastructure/local/target/local.jar"
                                + " jp.igetanet.local.RunScheduled %s   (else %s)%n", dataVariable,
                        function.logicalId(), schedule.expression()));
            }
        }
        return hint.toString();
    }

    private static void writeState(Path file, LocalSystem system) throws IOException {
        Properties state = new Properties();
        state.setProperty("api", system.apiUri().toString());
        state.setProperty("site", system.siteUri().toString());
        state.setProperty("app", system.appUri().toString());
        state.setProperty("cognito", system.standIns().cognitoEndpoint().toString());
        state.setProperty("userPoolId", system.resources().userPoolId());
        state.setProperty("clientId", system.resources().userPoolClientId());
        state.setProperty("dynamodb", system.standIns().dynamoDbEndpoint().toString());
        state.setProperty("auditTable", system.resources().tableName("AuditTable"));
        state.setProperty("sqs", system.standIns().sqsEndpoint().toString());
        LocalSystem.functionProperties(system.template(), system.resources(), system.standIns())
                .forEach((name, value) -> state.setProperty(FUNCTION_PROPERTY + name, value));
        try (Writer out = Files.newBufferedWriter(file)) {
            state.store(out, "written by the local runner; read by SignIn, AuditVerify and RunScheduled");
        }
    }

    /** What the running local system wrote about itself, or a message and exit code 1 when it is not running. */
    static Properties runningState() throws IOException {
        // a system started with --data DIR is found with IGETANET_DATA=DIR
        Path data = Optional.ofNullable(System.getenv(DATA_VARIABLE)).filter(value -> !value.isBlank()).map(Path::of)
                .orElse(projectRoot().resolve(".local"));
        Path stateFile = data.resolve(STATE_FILE);
        if (!Files.isRegularFile(stateFile)) {
            System.err.println("The local system is not running: start it with the README's run command first.");
            System.exit(1);
        }
        Properties state = new Properties();
        try (java.io.Reader in = Files.newBufferedReader(stateFile)) {
            state.load(in);
        }
        return state;
    }

    /** The folder holding template.yaml: the working directory or one above it. */
    public static Path projectRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("template.yaml"))) {
                return folder;
            }
        }
        throw new IllegalStateException("Run this from the project folder: no template.yaml here or above");
    }

    private static int intOption(String[] args, String name, int fallback) {
        return option(args, name).map(Integer::parseInt).orElse(fallback);
    }

    private static Optional<String> option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }
}
