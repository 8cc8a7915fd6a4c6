package jp.igetanet.idissuance;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The Lambda handler of the ID issuance function (template.yaml {@code IdIssuanceFunction}). */
public class IdIssuanceFunction extends APIGatewayV2HTTPEventFunction {
}
