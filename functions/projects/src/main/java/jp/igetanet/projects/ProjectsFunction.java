package jp.igetanet.projects;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the projects function (template.yaml {@code ProjectsFunction}). */
public class ProjectsFunction extends PrimedFunction {

    /** The caller's projects asked for by a user name that Cognito never issues: one read, answered 403. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /projects", "/projects", Map.of(),
                Map.of("username", "snapstart priming", "token_use", "access"));
    }
}
