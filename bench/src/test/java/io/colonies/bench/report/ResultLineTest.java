package io.colonies.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultLineTest {
    @Test
    void readsNumbersTextAndNull() {
        ResultLine line = ResultLine.parse("{\"scenario\":\"drain\",\"executors\":8,\"completed_per_s\":426.31,"
                + "\"cpu_server_ms_per_process\":null}").orElseThrow();
        assertEquals("drain", line.scenario());
        assertEquals(426.31, line.number("completed_per_s").getAsDouble(), 1e-9);
        assertTrue(line.number("cpu_server_ms_per_process").isEmpty(), "null is not a number");
        assertTrue(Double.isNaN(line.numberOrNaN("absent")));
    }

    @Test
    void fillsLabelTemplates() {
        ResultLine line = ResultLine.parse("{\"scenario\":\"steady\",\"executors\":16,\"growth\":1.5}").orElseThrow();
        assertEquals("steady, 16 executors, growth 1.50/s, ? missing",
                line.fill("{scenario}, {executors} executors, growth {growth}/s, {nope} missing"));
    }

    @Test
    void whatIsNotOneJsonObjectIsNoLine() {
        // pg-limit.sh prints this when pgbench fails: no figure, but no crash either.
        assertTrue(ResultLine.parse("{\"scenario\":\"pg_submit\",\"clients\":8,\"seconds\":10,\"per_s\":}").isEmpty());
        assertTrue(ResultLine.parse("17:02:11.120 === submit (round 1)").isEmpty());
        assertTrue(ResultLine.parse("[1,2]").isEmpty());
        assertTrue(ResultLine.parse("  ").isEmpty());
    }
}
