package jp.igetanet.core.aws.cognito;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import java.net.URI;
import java.util.Optional;

/**
 * Builds the Cognito client, only in the functions whose jar has the Cognito SDK (those that manage sign-in
 * accounts); its endpoint comes from {@code AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER} / {@code AWS_ENDPOINT_URL}.
 */
@Factory
@Requires(classes = CognitoIdentityProviderClient.class)
public class CognitoClients {

    @Singleton
    CognitoIdentityProviderClient cognito(
            @Value("${aws.endpoint.url.cognito.identity.provider:}") Optional<String> endpoint) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().build());
        endpoint.filter(url -> !url.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
