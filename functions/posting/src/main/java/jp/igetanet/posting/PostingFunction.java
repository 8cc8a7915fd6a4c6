package jp.igetanet.posting;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the posting function (template.yaml {@code PostingFunction}). */
public class PostingFunction extends PrimedFunction {

    /** The patient list asked for by a user name that Cognito never issues: one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /patients", "/patients", Map.of(),
                Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
