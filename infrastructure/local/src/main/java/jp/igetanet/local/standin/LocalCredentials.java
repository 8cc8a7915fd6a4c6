package jp.igetanet.local.standin;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The fixed credentials and region of the local stand-ins. S3Proxy checks signatures made with these keys;
 * dynalite and cognito-local accept any key.
 */
public final class LocalCredentials {

    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local-secret";
    public static final Region REGION = Region.AP_NORTHEAST_1;

    private LocalCredentials() {
    }

    public static AwsCredentialsProvider provider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }
}
