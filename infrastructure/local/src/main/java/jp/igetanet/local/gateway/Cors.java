package jp.igetanet.local.gateway;

import java.util.List;

/** The HttpApi's CorsConfiguration from template.yaml, applied the way API Gateway applies it. */
public record Cors(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
                   List<String> exposeHeaders, int maxAgeSeconds) {

    public static Cors none() {
        return new Cors(List.of(), List.of(), List.of(), List.of(), 0);
    }

    boolean allows(String origin) {
        return origin != null && (allowOrigins.contains("*") || allowOrigins.contains(origin));
    }

    String allowedOrigin(String origin) {
        return allowOrigins.contains("*") ? "*" : origin;
    }
}
