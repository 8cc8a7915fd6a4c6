package jp.igetanet.core.aws.s3;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.util.Optional;

/**
 * Builds the S3 client and presigner, only in the functions whose jar has the S3 SDK. With an endpoint from
 * {@code AWS_ENDPOINT_URL_S3} (LocalStack, the S3 stand-in) addresses are path-style.
 */
@Factory
@Requires(classes = S3Presigner.class)
public class S3Clients {

    @Singleton
    S3Client s3(@Value("${aws.endpoint.url.s3:}") Optional<String> endpoint) {
        S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build());
        endpoint.filter(url -> !url.isBlank()).map(URI::create).ifPresent(url -> builder.endpointOverride(url)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }

    @Singleton
    S3Presigner presigner(@Value("${aws.endpoint.url.s3:}") Optional<String> endpoint) {
        S3Presigner.Builder builder = S3Presigner.builder();
        endpoint.filter(url -> !url.isBlank()).map(URI::create).ifPresent(url -> builder.endpointOverride(url)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }
}
