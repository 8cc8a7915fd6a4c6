package jp.igetanet.portal;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jp.igetanet.core.function.PrimedFunction;

import java.util.Map;

/** The Lambda handler of the portal function (template.yaml {@code PortalFunction}). */
public class PortalFunction extends PrimedFunction {

    /** The directory of a network that cannot exist: one DynamoDB read, answered 404. */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        return primingGet("GET /portal/facilities", "/portal/facilities", Map.of("network", "snapstart-priming"), null);
    }
}
