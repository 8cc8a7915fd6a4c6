package jp.igetanet.local.template;

import java.util.List;
import java.util.Map;

/**
 * A Cognito user pool with the groups and app clients whose UserPoolId refers to it; {@code schemaAttributes} maps
 * each declared schema attribute (without the "custom:" prefix) to its data type.
 */
public record UserPoolSpec(
        String logicalId,
        Object poolNameExpression,
        Map<String, String> schemaAttributes,
        /** MfaConfiguration (OFF, OPTIONAL or ON), as an expression: the template chooses it by stage. */
        Object mfaConfigurationExpression,
        List<UserPoolGroupSpec> groups,
        List<UserPoolClientSpec> clients) {

    public UserPoolSpec {
        schemaAttributes = Immutables.map(schemaAttributes);
        groups = List.copyOf(groups);
        clients = List.copyOf(clients);
    }
}
