package jp.igetanet.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import jp.igetanet.core.function.InvocationContext;
import jp.igetanet.local.template.FunctionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One warm instance of one function: its deployment jar in its own class loader and its handler constructed
 * once, the way Lambda keeps an execution environment between invocations. Invocations are serialised, as one
 * execution environment handles one event at a time, and each gets the function's timeout as its deadline.
 * Whatever invokes the function — the gateway, a queue poller, a schedule — hands over an event of the runtime's
 * event types, which the function shares with the host.
 */
public final class FunctionHost implements AutoCloseable {

    private final String name;
    private final LambdaClassLoader loader;
    private final RequestHandler<Object, Object> handler;
    private final int timeoutSeconds;

    @SuppressWarnings("unchecked")
    public FunctionHost(String name, Path jar, String handlerClass, int timeoutSeconds) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The deployment package of " + name + " is missing: " + jar
                    + " (build it with ./mvnw package)");
        }
        this.name = name;
        this.timeoutSeconds = timeoutSeconds;
        try {
            this.loader = new LambdaClassLoader(name, jar);
            this.handler = (RequestHandler<Object, Object>)
                    withLoader(() -> Class.forName(handlerClass, true, loader).getDeclaredConstructor().newInstance());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open " + jar, e);
        }
    }

    /** The function as the template declares it: its jar, handler and timeout. */
    public FunctionHost(FunctionSpec function) {
        this(function.logicalId(), function.codeUri(), function.handlerClass(), function.timeoutSeconds());
    }

    public String name() {
        return name;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * Does what Lambda's SnapStart checkpoint hook does to the function (core's {@code PrimedFunction}): answers
     * its priming request. Returns that request's status, or empty for a handler that has no priming.
     */
    public synchronized OptionalInt prime() {
        java.lang.reflect.Method prime;
        try {
            prime = handler.getClass().getMethod("prime");
        } catch (NoSuchMethodException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(withLoader(() -> (Integer) prime.invoke(handler)));
    }

    /** An HTTP API request, as the local gateway makes it. */
    public APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        return (APIGatewayV2HTTPResponse) invoke((Object) event);
    }

    /** Any event the handler takes (an SQSEvent, a ScheduledEvent, …); returns what the handler returns. */
    public synchronized Object invoke(Object event) {
        InvocationContext context = new InvocationContext(UUID.randomUUID().toString(), name, 2048,
                System.currentTimeMillis() + timeoutSeconds * 1000L);
        return withLoader(() -> handler.handleRequest(event, context));
    }

    private <T> T withLoader(ThrowingSupplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Function " + name + " failed to start", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws IOException {
        if (handler instanceof AutoCloseable closeable) {
            try {
                withLoader(() -> {
                    closeable.close();
                    return null;
                });
            } catch (RuntimeException ignored) {
                // closing a function that failed is best effort
            }
        }
        loader.close();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
