package jp.igetanet.local.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A serverless function: its handler ({@code class::method}), the code it runs (resolved against the template's
 * folder), how long one invocation may run (its own Timeout, else the Globals'), what invokes it — HTTP routes, SQS
 * queues, schedules — and its environment as written in the template (Globals merged under the function's own
 * variables; values are still intrinsic expressions — resolve them with {@link Intrinsics}).
 */
public record FunctionSpec(
        String logicalId,
        String handlerClass,
        String handlerMethod,
        Path codeUri,
        int timeoutSeconds,
        List<RouteSpec> routes,
        List<QueueEventSpec> queueEvents,
        List<ScheduleSpec> schedules,
        Map<String, Object> environment) {

    /** Lambda's timeout when neither the function nor Globals give one. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public FunctionSpec {
        routes = List.copyOf(routes);
        queueEvents = List.copyOf(queueEvents);
        schedules = List.copyOf(schedules);
        environment = Immutables.map(environment);
    }
}
