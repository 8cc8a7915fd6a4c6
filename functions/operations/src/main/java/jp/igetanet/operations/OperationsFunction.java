package jp.igetanet.operations;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the operations function (template.yaml {@code OperationsFunction}). */
public class OperationsFunction extends PrimedFunction {

    /** An incident report asked for by a user name that Cognito never issues: one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /incident-reports/{reportId}", "/incident-reports/01KZZZZZZZZZZZZZZZZZZZZZZZ", Map.of(),
                Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
