package jp.igetanet.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs in a fresh JVM whose class path starts with one function's deployment jar, as Lambda's would: constructs
 * the handler (and primes it, with the argument {@value #PRIMED}), answers one event of the type the handler takes,
 * then a few more warm, and prints one line of figures to standard error
 * ({@code PROBE init=… first=… warm=… status=…}, milliseconds). The status is the HTTP response's; a handler of other
 * events reports 200 when it returns normally and 500 when it reports failed SQS messages.
 */
public final class ColdStartProbe {

    /** The optional fifth argument: prime the handler before the measured first call. */
    static final String PRIMED = "primed";

    private ColdStartProbe() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        Path eventFile = Path.of(args[1]);
        int warmCalls = Integer.parseInt(args[2]);
        long timeoutMillis = Long.parseLong(args[3]) * 1000;
        PrintStream report = System.err;

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>)
                Class.forName(handlerClass).getDeclaredConstructor().newInstance();
        long constructed = System.currentTimeMillis();
        if (args.length > 4 && args[4].equals(PRIMED)) {
            // What SnapStart snapshots: the initialised handler after its priming request. The first call below is
            // then the first call after a restore (the restore itself cannot be measured outside Lambda).
            handler.getClass().getMethod("prime").invoke(handler);
        }

        // Lambda's runtime reads the event after init; so does the probe.
        Object event = EventJson.read(eventFile, eventType(handler.getClass()));

        long firstStart = System.nanoTime();
        Object first = handler.handleRequest(event, new ProbeContext(System.currentTimeMillis() + timeoutMillis));
        double firstMillis = (System.nanoTime() - firstStart) / 1e6;

        double[] warm = new double[warmCalls];
        for (int i = 0; i < warmCalls; i++) {
            long start = System.nanoTime();
            handler.handleRequest(event, new ProbeContext(System.currentTimeMillis() + timeoutMillis));
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        double warmMedian = warmCalls == 0 ? 0 : warm[warmCalls / 2];
        report.printf("PROBE init=%d first=%.1f warm=%.2f status=%d%n",
                constructed - jvmStart, firstMillis, warmMedian, status(first));
        report.flush();
        System.exit(0);
    }

    /**
     * The event type {@code I} of the handler's {@code RequestHandler<I, O>}, found through its generic superclasses
     * (e.g. {@code MicronautRequestHandler<SQSEvent, SQSBatchResponse>}) and interfaces.
     */
    static Class<?> eventType(Class<?> handlerClass) {
        return eventType(handlerClass, Map.of()).orElseThrow(() -> new IllegalArgumentException(
                handlerClass.getName() + " is no RequestHandler of a concrete event type"));
    }

    private static Optional<Class<?>> eventType(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> own = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                own.put(variables[i], bindings.getOrDefault(arguments[i], arguments[i]));
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return Optional.empty();
        }
        if (raw == RequestHandler.class) {
            return own.get(raw.getTypeParameters()[0]) instanceof Class<?> event ? Optional.of(event) : Optional.empty();
        }
        List<Type> parents = new ArrayList<>(Arrays.asList(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            parents.add(raw.getGenericSuperclass());
        }
        for (Type parent : parents) {
            Optional<Class<?>> found = eventType(parent, own);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static int status(Object result) {
        if (result instanceof APIGatewayV2HTTPResponse response) {
            return response.getStatusCode();
        }
        if (result instanceof SQSBatchResponse response && response.getBatchItemFailures() != null
                && !response.getBatchItemFailures().isEmpty()) {
            return 500;
        }
        return 200;
    }

    /** The context of one call, whose deadline is the function's timeout from its start. */
    private record ProbeContext(long deadlineMillis) implements Context {
        @Override public String getAwsRequestId() { return "probe"; }
        @Override public String getLogGroupName() { return "probe"; }
        @Override public String getLogStreamName() { return "probe"; }
        @Override public String getFunctionName() { return "probe"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "probe"; }
        @Override public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() { return null; }
        @Override public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() {
            return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
        }
        @Override public int getMemoryLimitInMB() { return 2048; }
        @Override public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() {
            return new com.amazonaws.services.lambda.runtime.LambdaLogger() {
                @Override public void log(String message) { System.out.print(message); }
                @Override public void log(byte[] message) { System.out.print(new String(message)); }
            };
        }
    }
}
