package jp.igetanet.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the registration function (template.yaml {@code RegistrationFunction}). */
public class RegistrationFunction extends PrimedFunction {

    /** The applications list asked for by a user name that Cognito never issues: one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /registrations", "/registrations", Map.of("status", "submitted"),
                Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
