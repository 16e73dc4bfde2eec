package io.colonies.client.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.colonies.client.executor.FunctionTable;
import io.colonies.client.executor.ProcessFailedException;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinFunctionsTest {

    /** A process as the server would send it: numbers arrive as BigDecimal from JSON. */
    private static Process process(String funcname, String argsJson, String inJson) {
        Process p = new Process();
        p.processid = "p1";
        p.spec.funcname = funcname;
        p.spec.args = WireJson.fromJson(argsJson, List.class);
        p.in = WireJson.fromJson(inJson, List.class);
        return p;
    }

    private static String run(String funcname, String argsJson, String inJson) throws Exception {
        FunctionTable table = BuiltinFunctions.table();
        return WireJson.toJson(table.handle(process(funcname, argsJson, inJson)));
    }

    @Test
    void sumOfTheSquaresIsAnInteger() throws Exception {
        assertEquals("[13]", run("sum", "[]", "[4, 9]"));
    }

    @Test
    void sumWritesIntegralDecimalsAsIntegers() throws Exception {
        assertEquals("[13]", run("sum", "[]", "[4.0, 9.00]"));
        assertEquals("[2.5]", run("sum", "[]", "[1, 1.5]"));
    }

    @Test
    void sumFallsBackToArgsWithoutInput() throws Exception {
        assertEquals("[6]", run("sum", "[1, 2, \"3\"]", "[]"));
    }

    @Test
    void genNumsGivesTwoAndThree() throws Exception {
        assertEquals("[2,3]", run("gen_nums", "[]", "[]"));
    }

    @Test
    void squareWithIndexArgsPicksFromTheInput() throws Exception {
        assertEquals("[4]", run("square", "[0]", "[2, 3]"));
        assertEquals("[9]", run("square", "[1]", "[2, 3]"));
        assertEquals("[9,4]", run("square", "[1, 0]", "[2, 3]"));
    }

    @Test
    void squareWithoutArgsSquaresTheWholeInput() throws Exception {
        assertEquals("[4,9]", run("square", "[]", "[2, 3]"));
    }

    @Test
    void squareWithoutInputSquaresTheArgs() throws Exception {
        assertEquals("[9,2.25]", run("square", "[3, 1.5]", "[]"));
    }

    @Test
    void squareRejectsAnIndexOutsideTheInput() {
        ProcessFailedException e = assertThrows(ProcessFailedException.class,
                () -> BuiltinFunctions.square(process("square", "[5]", "[2, 3]")));
        assertEquals("square: index 5 is outside the input [2,3]", e.getMessage());
    }

    @Test
    void echoReturnsItsArgs() throws Exception {
        assertEquals("[\"hello\",1.5]", run("echo", "[\"hello\", 1.5]", "[]"));
    }

    @Test
    void failTurnsItsArgsIntoErrors() {
        ProcessFailedException e = assertThrows(ProcessFailedException.class,
                () -> BuiltinFunctions.fail(process("fail", "[\"disk full\", 7]", "[]")));
        assertEquals(List.of("disk full", "7"), e.errors());
    }

    @Test
    void sleepNeedsSeconds() throws Exception {
        assertThrows(ProcessFailedException.class, () -> BuiltinFunctions.sleep(process("sleep", "[]", "[]")));
        assertEquals("[]", run("sleep", "[0.01]", "[]"));
    }

    @Test
    void unknownFunctionFailsTheProcess() {
        assertThrows(ProcessFailedException.class, () -> BuiltinFunctions.table().handle(process("nope", "[]", "[]")));
    }

    @Test
    void numbersNormaliseToIntegersWhenIntegral() {
        assertEquals("100", WireJson.toJson(Numbers.normalise(new BigDecimal("1.00E+2"))));
        assertEquals("0.5", WireJson.toJson(Numbers.normalise(new BigDecimal("0.50"))));
    }
}
