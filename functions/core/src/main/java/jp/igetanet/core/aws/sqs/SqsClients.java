package jp.igetanet.core.aws.sqs;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

import java.net.URI;
import java.util.Optional;

/**
 * Builds the SQS client, only in the functions whose jar has the SQS SDK; the endpoint comes from
 * {@code AWS_ENDPOINT_URL_SQS} (LocalStack, the SQS stand-in) when set.
 */
@Factory
@Requires(classes = SqsClient.class)
public class SqsClients {

    @Singleton
    SqsClient sqs(@Value("${aws.endpoint.url.sqs:}") Optional<String> endpoint) {
        SqsClientBuilder builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.builder().build());
        endpoint.filter(url -> !url.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
