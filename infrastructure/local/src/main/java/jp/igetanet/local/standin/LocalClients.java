package jp.igetanet.local.standin;

import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients pointed at the stand-ins (path-style S3, the local region and credentials); close them together. */
public final class LocalClients implements AutoCloseable {

    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final CognitoIdentityProviderClient cognito;
    private final SqsClient sqs;

    public LocalClients(URI dynamoDbEndpoint, URI s3Endpoint, URI cognitoEndpoint, URI sqsEndpoint) {
        this.dynamoDb = DynamoDbClient.builder()
                .endpointOverride(dynamoDbEndpoint)
                .region(LocalCredentials.REGION)
                .credentialsProvider(LocalCredentials.provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.s3 = S3Client.builder()
                .endpointOverride(s3Endpoint)
                .forcePathStyle(true)
                .region(LocalCredentials.REGION)
                .credentialsProvider(LocalCredentials.provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.cognito = CognitoIdentityProviderClient.builder()
                .endpointOverride(cognitoEndpoint)
                .region(LocalCredentials.REGION)
                .credentialsProvider(LocalCredentials.provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.sqs = SqsClient.builder()
                .endpointOverride(sqsEndpoint)
                .region(LocalCredentials.REGION)
                .credentialsProvider(LocalCredentials.provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static LocalClients connectTo(StandIns standIns) {
        return new LocalClients(standIns.dynamoDbEndpoint(), standIns.s3Endpoint(), standIns.cognitoEndpoint(),
                standIns.sqsEndpoint());
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public S3Client s3() {
        return s3;
    }

    public CognitoIdentityProviderClient cognito() {
        return cognito;
    }

    public SqsClient sqs() {
        return sqs;
    }

    @Override
    public void close() {
        dynamoDb.close();
        s3.close();
        cognito.close();
        sqs.close();
    }
}
