package jp.igetanet.local.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;

/** S3Proxy in this JVM with its filesystem backend, checking signatures made with {@link LocalCredentials}. */
final class EmbeddedS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final URI endpoint;

    private EmbeddedS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    static EmbeddedS3 start(Path folder, int port) {
        Properties properties = new Properties();
        // S3Proxy answers every request with 400 when the base folder is relative
        properties.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", LocalCredentials.ACCESS_KEY_ID);
        properties.setProperty("s3proxy.credential", LocalCredentials.SECRET_ACCESS_KEY);
        // bucket CORS and lifecycle APIs answer 501: CORS is configured here, expiry is TtlSweeper's job
        properties.setProperty("s3proxy.cors-allow-origins", "*");
        properties.setProperty("s3proxy.cors-allow-methods", "GET HEAD PUT POST DELETE");
        properties.setProperty("s3proxy.cors-allow-headers", "*");
        properties.setProperty("s3proxy.cors-exposed-headers", "ETag");
        try {
            Files.createDirectories(folder);
            S3Proxy proxy = S3Proxy.Builder.fromProperties(properties)
                    .blobStore(BlobStores.create("filesystem", properties))
                    .build();
            proxy.start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!"STARTED".equals(proxy.getState())) {
                if (Instant.now().isAfter(deadline)) {
                    proxy.stop();
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(20);
            }
            return new EmbeddedS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting S3Proxy", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start on port " + port, e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
