package jp.igetanet.local.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running local stand-ins for DynamoDB (dynalite), S3 (S3Proxy, in this JVM), Cognito user pools
 * (cognito-local) and SQS (ElasticMQ, in this JVM), all but SQS keeping their state under one data folder so that a
 * restart finds the same data. Queues are kept in memory: they hold work in flight, which a restart drops (the
 * template's queues are created again at every start).
 * Closing stops them; a shutdown hook does the same when the JVM exits first.
 */
public final class StandIns implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandIns.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Path dataFolder;
    private final URI dynamoDbEndpoint;
    private final URI s3Endpoint;
    private final URI cognitoEndpoint;
    private final URI sqsEndpoint;
    private final int cognitoPort;
    private final List<AutoCloseable> running;
    private final Thread shutdownHook;
    private final AtomicBoolean closed;

    private StandIns(Path dataFolder, URI dynamoDbEndpoint, URI s3Endpoint, URI cognitoEndpoint, URI sqsEndpoint,
                     int cognitoPort, List<AutoCloseable> running, Thread shutdownHook, AtomicBoolean closed) {
        this.dataFolder = dataFolder;
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.s3Endpoint = s3Endpoint;
        this.cognitoEndpoint = cognitoEndpoint;
        this.sqsEndpoint = sqsEndpoint;
        this.cognitoPort = cognitoPort;
        this.running = List.copyOf(running);
        this.shutdownHook = shutdownHook;
        this.closed = closed; // shared with the shutdown hook: whichever comes first stops the stand-ins
    }

    /** Starts the four stand-ins and returns once each of them answers. */
    public static StandIns start(StandInOptions options) {
        Path data = options.dataFolder();
        Path node = options.nodeProjectFolder().resolve("node_modules");
        Path logs = data.resolve("logs");
        List<AutoCloseable> started = new CopyOnWriteArrayList<>();
        AtomicBoolean stopped = new AtomicBoolean();
        // registered before the first child starts, so that no node process outlives this JVM
        Thread shutdownHook = new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                stop(started);
            }
        }, "stand-ins-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            Files.createDirectories(logs);

            int dynamoPort = portOrFree(options.dynamoDbPort());
            Path dynamoFolder = Files.createDirectories(data.resolve("dynamodb"));
            URI dynamoDb = URI.create("http://" + LOOPBACK + ":" + dynamoPort);
            started.add(NodeProcess.start("dynalite", options.nodeExecutable(), node.resolve("dynalite/cli.js"),
                    List.of("--host", LOOPBACK, "--port", String.valueOf(dynamoPort), "--path", dynamoFolder.toString(),
                            "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"),
                    dynamoFolder, Map.of(), logs.resolve("dynalite.log"), dynamoDb));

            int cognitoPort = portOrFree(options.cognitoPort());
            Path cognitoFolder = Files.createDirectories(data.resolve("cognito"));
            writeCognitoConfig(cognitoFolder, cognitoPort);
            URI cognito = URI.create("http://" + LOOPBACK + ":" + cognitoPort);
            started.add(NodeProcess.start("cognito-local", options.nodeExecutable(),
                    node.resolve("cognito-local/lib/bin/start.js"), List.of(), cognitoFolder,
                    Map.of("PORT", String.valueOf(cognitoPort), "HOST", LOOPBACK),
                    logs.resolve("cognito-local.log"), cognito.resolve("/health")));

            EmbeddedS3 s3 = EmbeddedS3.start(data.resolve("s3"), options.s3Port());
            started.add(s3);

            EmbeddedSqs sqs = EmbeddedSqs.start(LOOPBACK, portOrFree(options.sqsPort()));
            started.add(sqs);

            LOG.info("stand-ins up under {}: DynamoDB {}, S3 {}, Cognito {}, SQS {}", data, dynamoDb, s3.endpoint(),
                    cognito, sqs.endpoint());
            return new StandIns(data, dynamoDb, s3.endpoint(), cognito, sqs.endpoint(), cognitoPort, started,
                    shutdownHook, stopped);
        } catch (IOException e) {
            abandon(started, shutdownHook);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            // also on errors such as NoClassDefFoundError: no node process may outlive a failed start
            abandon(started, shutdownHook);
            throw e;
        }
    }

    /**
     * cognito-local reads {@code .cognito/config.json} from its working folder: plain user names instead of e-mail
     * addresses, and an issuer with the port it really listens on ({@code http://localhost:<port>/<poolId>}).
     */
    private static void writeCognitoConfig(Path cognitoFolder, int port) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path file = Files.createDirectories(cognitoFolder.resolve(".cognito")).resolve("config.json");
        ObjectNode config = Files.exists(file) ? (ObjectNode) json.readTree(file.toFile()) : json.createObjectNode();
        config.putObject("UserPoolDefaults").putArray("UsernameAttributes");
        config.putObject("TokenConfig").put("IssuerDomain", issuerDomain(port));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
    }

    private static String issuerDomain(int cognitoPort) {
        return "http://localhost:" + cognitoPort;
    }

    private static int portOrFree(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public URI cognitoEndpoint() {
        return cognitoEndpoint;
    }

    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    public int cognitoPort() {
        return cognitoPort;
    }

    /** What prefixes cognito-local's issuers: {@code http://localhost:<port>} (for {@code Provisioner}). */
    public String issuerDomain() {
        return issuerDomain(cognitoPort);
    }

    /** The issuer of cognito-local's tokens for a pool: {@code http://localhost:<port>/<poolId>}. */
    public String issuer(String userPoolId) {
        return issuerDomain(cognitoPort) + "/" + userPoolId;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook runs anyway
        }
    }

    private void stopAll() {
        if (closed.compareAndSet(false, true)) {
            stop(running);
        }
    }

    private static void abandon(List<AutoCloseable> started, Thread shutdownHook) {
        stop(started);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private static void stop(List<AutoCloseable> started) {
        for (AutoCloseable standIn : started.reversed()) {
            try {
                standIn.close();
            } catch (Exception e) {
                LOG.warn("could not stop {}", standIn, e);
            }
        }
    }
}
