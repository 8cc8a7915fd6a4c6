package jp.igetanet.local.template;

import java.util.Optional;

/** A Cognito user pool group. */
public record UserPoolGroupSpec(String logicalId, String groupName, Optional<String> description,
                                Optional<Integer> precedence) {
}
