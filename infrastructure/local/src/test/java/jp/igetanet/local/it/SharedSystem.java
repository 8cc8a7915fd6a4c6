package jp.igetanet.local.it;

import jp.igetanet.local.LocalMain;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.standin.StandInOptions;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole local system, started once for all integration tests of this JVM (in a temporary folder, on free
 * ports) and stopped when JUnit closes its root store after the last test. Its housekeeping (TTL sweeps, the
 * scheduled functions) runs only when a test asks for it, so that nothing but the requests under test changes a
 * table between two looks at it.
 */
public final class SharedSystem {

    private SharedSystem() {
    }

    public static LocalSystem in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSystem.class, key -> new Running(), Running.class).system;
    }

    public static Path projectRoot() {
        return LocalMain.projectRoot();
    }

    /** How many items the domain table holds: tests of bad input check that it did not change. */
    public static long domainItems(LocalSystem system) {
        awaitQueuedWork(system);
        return system.clients().dynamoDb().scanPaginator(request -> request
                .tableName(system.resources().tableName("DomainTable")).select("COUNT")).stream()
                .mapToLong(page -> page.count()).sum();
    }

    /** Every item of the domain table by its key: tests of refusals check that not one of them changed. */
    public static java.util.Map<String, java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> domainSnapshot(
            LocalSystem system) {
        awaitQueuedWork(system);
        java.util.Map<String, java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items =
                new java.util.HashMap<>();
        system.clients().dynamoDb().scanPaginator(request -> request.tableName(system.resources().tableName("DomainTable")))
                .items().forEach(item -> items.put(item.get("PK").s() + "|" + item.get("SK").s(), item));
        return items;
    }

    /**
     * Waits until the queues' functions have finished what earlier tests queued (a purge, say); a poller that the
     * test itself paused holds its work back on purpose.
     */
    private static void awaitQueuedWork(LocalSystem system) {
        for (jp.igetanet.local.trigger.QueuePoller poller : system.pollers()) {
            if (poller.paused() || !poller.busy()) {
                continue;
            }
            try {
                if (!poller.awaitDrained(java.time.Duration.ofSeconds(60))) {
                    throw new IllegalStateException(poller.functionName() + " still has queued work after 60 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A new user's first sign-in: the temporary password, then a password of their own (§6-4); the access token. */
    public static String firstSignIn(LocalSystem system, String userId, String temporaryPassword, String newPassword) {
        var cognito = system.clients().cognito();
        var challenge = cognito.initiateAuth(request -> request
                .authFlow(software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType.USER_PASSWORD_AUTH)
                .clientId(system.resources().userPoolClientId())
                .authParameters(java.util.Map.of("USERNAME", userId, "PASSWORD", temporaryPassword)));
        org.junit.jupiter.api.Assertions.assertEquals(
                software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType.NEW_PASSWORD_REQUIRED,
                challenge.challengeName());
        return cognito.respondToAuthChallenge(request -> request
                        .clientId(system.resources().userPoolClientId())
                        .challengeName(software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType.NEW_PASSWORD_REQUIRED)
                        .session(challenge.session())
                        .challengeResponses(java.util.Map.of("USERNAME", userId, "NEW_PASSWORD", newPassword)))
                .authenticationResult().accessToken();
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Path folder;
        private final LocalSystem system;

        Running() {
            try {
                folder = Files.createTempDirectory("igetanet-it-");
                system = LocalSystem.start(projectRoot().resolve("template.yaml"), StandInOptions.in(folder), 0, 0, 0,
                        LocalSystem.Housekeeping.ON_DEMAND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            system.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
