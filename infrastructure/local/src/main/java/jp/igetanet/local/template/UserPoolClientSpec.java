package jp.igetanet.local.template;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Cognito app client; token validities are already converted with TokenValidityUnits (defaults: access and ID
 * tokens in hours, refresh tokens in days) and are empty when the template leaves them to Cognito.
 */
public record UserPoolClientSpec(
        String logicalId,
        String clientName,
        boolean generateSecret,
        List<String> explicitAuthFlows,
        Optional<Duration> accessTokenValidity,
        Optional<Duration> idTokenValidity,
        Optional<Duration> refreshTokenValidity) {

    public UserPoolClientSpec {
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
    }
}
