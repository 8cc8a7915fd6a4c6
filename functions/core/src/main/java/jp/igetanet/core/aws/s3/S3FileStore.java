package jp.igetanet.core.aws.s3;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.storage.FileStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/** {@link FileStore} in the attachments bucket (template.yaml {@code AttachmentsBucket}). */
@Singleton
@Requires(classes = S3Presigner.class)
public class S3FileStore implements FileStore {

    /** The configuration property of the bucket: the function environment's {@code ATTACHMENTS_BUCKET}. */
    public static final String BUCKET_PROPERTY = "attachments.bucket";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3FileStore(S3Client s3, S3Presigner presigner, @Value("${" + BUCKET_PROPERTY + "}") String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public URI uploadUrl(String key, DeclaredFile file, Duration validity) {
        // the presigner signs the request's headers: content-type and content-length join X-Amz-SignedHeaders,
        // and S3 (and the S3 stand-in) answers 403 SignatureDoesNotMatch to a PUT whose headers differ
        return toUri(presigner.presignPutObject(request -> request.signatureDuration(validity)
                .putObjectRequest(put -> put.bucket(bucket).key(key).contentType(file.contentType())
                        .contentLength(file.bytes()))).url());
    }

    @Override
    public URI downloadUrl(String key, Duration validity) {
        return toUri(presigner.presignGetObject(request -> request.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url());
    }

    @Override
    public Optional<StoredFile> stored(String key) {
        try {
            var head = s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new StoredFile(head.contentType(), head.contentLength()));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
