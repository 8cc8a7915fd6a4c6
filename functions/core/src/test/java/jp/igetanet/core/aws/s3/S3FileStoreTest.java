package jp.igetanet.core.aws.s3;

import jp.igetanet.core.storage.FileStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3FileStoreTest {

    private static final StaticCredentialsProvider KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("example", "example-secret"));

    private final S3FileStore files = new S3FileStore(
            S3Client.builder().region(Region.AP_NORTHEAST_1).credentialsProvider(KEYS).build(),
            S3Presigner.builder().region(Region.AP_NORTHEAST_1).credentialsProvider(KEYS).build(),
            "igetanet-test-attachments");

    @Test
    void anUploadUrlSignsTheDeclaredTypeAndSizeSoThatTheBucketRefusesAnyOther() {
        URI url = files.uploadUrl("patients/01KDEM0PAT0000000000000001/attachments/01KDEM0ATT0000000000000001",
                new FileStore.DeclaredFile("image/png", 245_760), Duration.ofMinutes(10));
        assertTrue(url.getRawQuery().contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost"), url.toString());
    }

    @Test
    void theHeadersToSendAreExactlyTheSignedOnes() {
        assertEquals(Map.of("Content-Type", "application/pdf", "Content-Length", "10485760"),
                new FileStore.DeclaredFile("application/pdf", FileStore.MAX_BYTES).uploadHeaders());
    }
}
