package jp.igetanet.local.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTTP API: its JWT authorizers, the default authorizer of its routes and its CORS configuration. */
public record HttpApiSpec(
        String logicalId,
        Object stageNameExpression,
        Map<String, JwtAuthorizerSpec> authorizers,
        Optional<String> defaultAuthorizer,
        Optional<Cors> cors) {

    public HttpApiSpec {
        authorizers = Immutables.map(authorizers);
    }

    /** A JWT authorizer; issuer and audiences are intrinsic expressions. */
    public record JwtAuthorizerSpec(String name, String identitySource, Object issuerExpression,
                                    List<Object> audienceExpressions) {
        public JwtAuthorizerSpec {
            audienceExpressions = List.copyOf(audienceExpressions);
        }
    }

    /** CorsConfiguration; {@code allowOriginsExpression} may be a list or a Ref to a CommaDelimitedList. */
    public record Cors(Object allowOriginsExpression, List<String> allowMethods, List<String> allowHeaders,
                       List<String> exposeHeaders, Optional<Integer> maxAgeSeconds, boolean allowCredentials) {
        public Cors {
            allowMethods = List.copyOf(allowMethods);
            allowHeaders = List.copyOf(allowHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }
    }
}
