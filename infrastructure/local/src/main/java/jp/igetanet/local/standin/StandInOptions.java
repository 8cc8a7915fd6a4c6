package jp.igetanet.local.standin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the stand-ins keep their state ({@code dataFolder}/dynamodb, /s3, /cognito, /logs; SQS keeps none), where the
 * npm project with dynalite and cognito-local lives, which node to run, and the ports (0 = any free port).
 */
public record StandInOptions(
        Path dataFolder,
        Path nodeProjectFolder,
        String nodeExecutable,
        int dynamoDbPort,
        int s3Port,
        int cognitoPort,
        int sqsPort) {

    /** The ports the local runner uses when nobody asks for others. */
    public static final int DEFAULT_DYNAMODB_PORT = 8000;
    public static final int DEFAULT_S3_PORT = 9000;
    public static final int DEFAULT_COGNITO_PORT = 9229;
    public static final int DEFAULT_SQS_PORT = 9324;

    public StandInOptions {
        dataFolder = dataFolder.toAbsolutePath().normalize();
        nodeProjectFolder = nodeProjectFolder.toAbsolutePath().normalize();
        Objects.requireNonNull(nodeExecutable);
        for (int port : new int[] {dynamoDbPort, s3Port, cognitoPort, sqsPort}) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("bad port " + port);
            }
        }
    }

    /**
     * State under {@code dataFolder}, node_modules of the {@code infrastructure/local} folder found upward from the
     * working directory (or below it; change it with {@link #withNodeProjectFolder}), {@code node} from the PATH,
     * any free ports.
     */
    public static StandInOptions in(Path dataFolder) {
        Path nodeProject = findNodeProject(Path.of("")).orElse(Path.of("infrastructure", "local"));
        return new StandInOptions(dataFolder, nodeProject, "node", 0, 0, 0, 0);
    }

    public StandInOptions withPorts(int dynamoDb, int s3, int cognito, int sqs) {
        return new StandInOptions(dataFolder, nodeProjectFolder, nodeExecutable, dynamoDb, s3, cognito, sqs);
    }

    /** The local runner's usual ports (8000, 9000, 9229, 9324), so that browsers and tools find the stack. */
    public StandInOptions withDefaultPorts() {
        return withPorts(DEFAULT_DYNAMODB_PORT, DEFAULT_S3_PORT, DEFAULT_COGNITO_PORT, DEFAULT_SQS_PORT);
    }

    public StandInOptions withNodeProjectFolder(Path folder) {
        return new StandInOptions(dataFolder, folder, nodeExecutable, dynamoDbPort, s3Port, cognitoPort, sqsPort);
    }

    public StandInOptions withNodeExecutable(String executable) {
        return new StandInOptions(dataFolder, nodeProjectFolder, executable, dynamoDbPort, s3Port, cognitoPort,
                sqsPort);
    }

    /**
     * The folder with package.json and node_modules: {@code start} itself when it is that folder, else the first
     * {@code infrastructure/local} found from {@code start} upward.
     */
    public static Optional<Path> findNodeProject(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
            if (candidate.endsWith(Path.of("infrastructure", "local"))
                    && Files.isRegularFile(candidate.resolve("package.json"))) {
                return Optional.of(candidate);
            }
            Path nested = candidate.resolve("infrastructure/local");
            if (Files.isRegularFile(nested.resolve("package.json"))) {
                return Optional.of(nested);
            }
        }
        return Optional.empty();
    }
}
