package jp.igetanet.local;

import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.standin.StandInOptions;

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

    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int apiPort = intOption(args, "--api-port", 3000);
        int sitePort = intOption(args, "--site-port", 3001);
        Path root = projectRoot();
        Path data = option(args, "--data").map(Path::of).orElse(root.resolve(".local"));
        Files.createDirectories(data);
        // --free-ports: the stand-ins on any free ports, e.g. beside a running instance
        StandInOptions standIns = List.of(args).contains("--free-ports")
                ? StandInOptions.in(data) : StandInOptions.in(data).withDefaultPorts();

        LocalSystem system = LocalSystem.start(root.resolve("template.yaml"), standIns, apiPort, sitePort);
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
                  Cognito      %s  user pool %s, app client %s
                  DynamoDB     %s  table %s
                  S3           %s
                  state        %s

                Demo sign-in (local only), password for all: %s
                """, (System.nanoTime() - started) / 1e9, system.apiUri(), system.apiUri(), DemoSeed.NETWORK_ID,
                system.siteUri(), system.standIns().cognitoEndpoint(), system.resources().userPoolId(),
                system.resources().userPoolClientId(), system.standIns().dynamoDbEndpoint(),
                system.resources().tableName("DomainTable"), system.standIns().s3Endpoint(), data,
                DemoSeed.DEMO_PASSWORD);
        for (DemoSeed.DemoUser user : DemoSeed.users()) {
            System.out.printf("  %-18s %-14s %s%n", user.userId(), user.role().group(), user.name());
        }
        System.out.printf("""

                An access token:  %sjava -cp infrastructure/local/target/local.jar jp.igetanet.local.SignIn %s %s
                Ctrl-C stops everything.
                """, data.equals(root.resolve(".local")) ? "" : DATA_VARIABLE + "=" + data + " ",
                DemoSeed.NURSE, DemoSeed.DEMO_PASSWORD);
        stopped.await();
    }

    private static void writeState(Path file, LocalSystem system) throws IOException {
        Properties state = new Properties();
        state.setProperty("api", system.apiUri().toString());
        state.setProperty("site", system.siteUri().toString());
        state.setProperty("cognito", system.standIns().cognitoEndpoint().toString());
        state.setProperty("userPoolId", system.resources().userPoolId());
        state.setProperty("clientId", system.resources().userPoolClientId());
        state.setProperty("dynamodb", system.standIns().dynamoDbEndpoint().toString());
        state.setProperty("auditTable", system.resources().tableName("AuditTable"));
        try (Writer out = Files.newBufferedWriter(file)) {
            state.store(out, "written by the local runner; read by SignIn and AuditVerify");
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
