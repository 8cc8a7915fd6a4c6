package jp.igetanet.consent;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the consent function (template.yaml {@code ConsentFunction}). */
public class ConsentFunction extends PrimedFunction {

    /** A consent history asked for by a user name that Cognito never issues: one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /patients/{patientId}/consents", "/patients/01KZZZZZZZZZZZZZZZZZZZZZZZ/consents", Map.of(),
                Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
