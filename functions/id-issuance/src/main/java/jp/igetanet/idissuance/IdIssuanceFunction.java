package jp.igetanet.idissuance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the ID issuance function (template.yaml {@code IdIssuanceFunction}). */
public class IdIssuanceFunction extends PrimedFunction {

    /** {@code /me} of a user name that Cognito never issues (user names have no spaces): one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /me", "/me", null, Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
