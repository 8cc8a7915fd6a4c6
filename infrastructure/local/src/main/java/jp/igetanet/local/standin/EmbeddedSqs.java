package jp.igetanet.local.standin;

import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.igetanet.local.template.Intrinsics;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ in this JVM, in memory: an SQS endpoint whose queue URLs point at itself and whose queue ARNs carry the
 * local region and account, so that the ARNs the template's intrinsics compute are the ones SQS knows. Only
 * {@link #close} stops its actor system, never a JVM shutdown hook of Pekko's own: the stand-ins' hook stops it in
 * order.
 */
final class EmbeddedSqs implements AutoCloseable {

    private final ActorSystem actors;
    private final SQSRestServer server;
    private final URI endpoint;

    private EmbeddedSqs(ActorSystem actors, SQSRestServer server, URI endpoint) {
        this.actors = actors;
        this.server = server;
        this.endpoint = endpoint;
    }

    static EmbeddedSqs start(String host, int port) {
        ActorSystem actors = ActorSystem.create("elasticmq", ConfigFactory
                .parseString("pekko.jvm-shutdown-hooks = off\n"
                        + "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off")
                .withFallback(ConfigFactory.load(EmbeddedSqs.class.getClassLoader())));
        SQSRestServer server = SQSRestServerBuilder
                .withActorSystem(actors)
                .withInterface(host)
                .withPort(port)
                .withServerAddress(new NodeAddress("http", host, port, ""))
                .withAWSRegion(Intrinsics.REGION)
                .withAWSAccountId(Intrinsics.ACCOUNT_ID)
                .start();
        try {
            server.waitUntilStarted();
        } catch (RuntimeException e) {
            server.stopAndWait();
            terminate(actors);
            throw new IllegalStateException("ElasticMQ did not start on port " + port, e);
        }
        return new EmbeddedSqs(actors, server, URI.create("http://" + host + ":" + port));
    }

    private static void terminate(ActorSystem actors) {
        actors.terminate();
        try {
            actors.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ElasticMQ's actor system did not stop", e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
        terminate(actors);
    }

    @Override
    public String toString() {
        return "ElasticMQ " + endpoint;
    }
}
