package jp.igetanet.local.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColdStartBenchmarkTest {

    @Test
    void readsTheProbeLineAmongOtherOutput() {
        String stderr = """
                WARNING: something the JVM says
                [main] INFO io.micronaut.context.DefaultApplicationContext - started
                PROBE init=1234 first=56.7 warm=2.35 status=200
                """;
        assertEquals(Optional.of(new ColdStartBenchmark.Probe(1234, 56.7, 2.35, 200)),
                ColdStartBenchmark.parseProbeLine(stderr));
    }

    @Test
    void readsDecimalCommasOfOtherLocales() {
        assertEquals(Optional.of(new ColdStartBenchmark.Probe(27, 16.0, 0.05, 500)),
                ColdStartBenchmark.parseProbeLine("PROBE init=27 first=16,0 warm=0,05 status=500\n"));
    }

    @Test
    void noProbeLineIsEmpty() {
        assertEquals(Optional.empty(), ColdStartBenchmark.parseProbeLine("Exception in thread \"main\"\n"));
    }

    @Test
    void readsTheRequestLogLines() {
        String stdout = """
                not json
                {"event":"start","function":"portal"}
                {"event":"request","method":"GET","path":"/portal/facilities","status":200,"dynamoDbRequests":2,"capacityUnits":2.0}
                {"event":"request","method":"GET","path":"/portal/facilities","status":200,"dynamoDbRequests":1,"capacityUnits":0.5}
                {broken
                """;
        assertEquals(List.of(new ColdStartBenchmark.RequestLog(2, 2.0), new ColdStartBenchmark.RequestLog(1, 0.5)),
                ColdStartBenchmark.parseRequestLogs(stdout));
    }

    @Test
    void aRequestLineWithoutTheFiguresIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> ColdStartBenchmark.parseRequestLog("{\"event\":\"request\",\"status\":200}"));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, ColdStartBenchmark.median(new double[] {5, 1, 3}));
        assertEquals(2.5, ColdStartBenchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(7.0, ColdStartBenchmark.median(new double[] {7}));
        assertThrows(IllegalArgumentException.class, () -> ColdStartBenchmark.median(new double[0]));
    }

    @Test
    void javaToolOptionsBecomeSeparateFlags() {
        assertEquals(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"), ColdStartBenchmark.javaToolOptions(
                Map.of("JAVA_TOOL_OPTIONS", " -XX:+TieredCompilation  -XX:TieredStopAtLevel=1 ")));
        assertTrue(ColdStartBenchmark.javaToolOptions(Map.of("DOMAIN_TABLE", "t")).isEmpty());
    }
}
