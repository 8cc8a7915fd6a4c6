package jp.igetanet.core.aws.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;
import java.util.Optional;

/**
 * Builds the DynamoDB client once per function instance, metered. Region and credentials come from the Lambda
 * environment (or the standard AWS variables and system properties); the endpoint from
 * {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_ENDPOINT_URL}, so the same code runs against AWS, LocalStack
 * or the local stand-ins.
 */
@Factory
public class DynamoDbClients {

    @Singleton
    DynamoDbClient dynamoDb(@Value("${aws.endpoint.url.dynamodb:}") Optional<String> endpoint,
                            DynamoDbMeter meter) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(meter).build());
        endpoint.filter(url -> !url.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
