package jp.igetanet.portal;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The Lambda handler of the portal function (template.yaml {@code PortalFunction}). */
public class PortalFunction extends APIGatewayV2HTTPEventFunction {
}
