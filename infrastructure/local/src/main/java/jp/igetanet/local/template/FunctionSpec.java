package jp.igetanet.local.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A serverless function: its handler ({@code class::method}), the code it runs (resolved against the template's
 * folder), its HTTP routes and its environment as written in the template (Globals merged under the function's own
 * variables; values are still intrinsic expressions — resolve them with {@link Intrinsics}).
 */
public record FunctionSpec(
        String logicalId,
        String handlerClass,
        String handlerMethod,
        Path codeUri,
        List<RouteSpec> routes,
        Map<String, Object> environment) {

    public FunctionSpec {
        routes = List.copyOf(routes);
        environment = Immutables.map(environment);
    }
}
