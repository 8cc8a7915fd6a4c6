package jp.igetanet.local.template;

import java.util.Optional;

/** An S3 bucket: its name expression and the age (days) after which its lifecycle rules expire objects. */
public record BucketSpec(String logicalId, Object bucketNameExpression, Optional<Integer> expirationDays) {
}
