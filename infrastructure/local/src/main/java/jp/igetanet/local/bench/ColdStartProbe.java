package jp.igetanet.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs in a fresh JVM whose class path starts with one function's deployment jar, as Lambda's would: constructs
 * the handler (and primes it, with the argument {@value #PRIMED}), answers one event, then a few more warm, and
 * prints one line of figures to standard error
 * ({@code PROBE init=… first=… warm=… status=…}, milliseconds).
 */
public final class ColdStartProbe {

    /** The optional fourth argument: prime the handler before the measured first call. */
    static final String PRIMED = "primed";

    private ColdStartProbe() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        Path eventFile = Path.of(args[1]);
        int warmCalls = Integer.parseInt(args[2]);
        PrintStream report = System.err;

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                        Class.forName(handlerClass).getDeclaredConstructor().newInstance();
        long constructed = System.currentTimeMillis();
        if (args.length > 3 && args[3].equals(PRIMED)) {
            // What SnapStart snapshots: the initialised handler after its priming request. The first call below is
            // then the first call after a restore (the restore itself cannot be measured outside Lambda).
            handler.getClass().getMethod("prime").invoke(handler);
        }

        // Lambda's runtime reads the event after init; so does the probe.
        APIGatewayV2HTTPEvent event = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Files.readString(eventFile), APIGatewayV2HTTPEvent.class);
        Context context = new ProbeContext();

        long firstStart = System.nanoTime();
        APIGatewayV2HTTPResponse first = handler.handleRequest(event, context);
        double firstMillis = (System.nanoTime() - firstStart) / 1e6;

        double[] warm = new double[warmCalls];
        for (int i = 0; i < warmCalls; i++) {
            long start = System.nanoTime();
            handler.handleRequest(event, context);
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        double warmMedian = warmCalls == 0 ? 0 : warm[warmCalls / 2];
        report.printf("PROBE init=%d first=%.1f warm=%.2f status=%d%n",
                constructed - jvmStart, firstMillis, warmMedian, first.getStatusCode());
        report.flush();
        System.exit(0);
    }

    private static final class ProbeContext implements Context {
        @Override public String getAwsRequestId() { return "probe"; }
        @Override public String getLogGroupName() { return "probe"; }
        @Override public String getLogStreamName() { return "probe"; }
        @Override public String getFunctionName() { return "probe"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "probe"; }
        @Override public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() { return null; }
        @Override public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 29_000; }
        @Override public int getMemoryLimitInMB() { return 2048; }
        @Override public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() {
            return new com.amazonaws.services.lambda.runtime.LambdaLogger() {
                @Override public void log(String message) { System.out.print(message); }
                @Override public void log(byte[] message) { System.out.print(new String(message)); }
            };
        }
    }
}
