package io.colonies.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.FunctionSpec;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WireJsonDecodingRulesTest {
    public static class Flags {
        public boolean once;
        public Boolean maybe;
        public Integer boxed;
        public long big;
    }

    private static String refusal(String json, Class<?> type) {
        return assertThrows(JsonbException.class, () -> WireJson.fromClientJson(json, type)).getMessage();
    }

    @Test
    void aNulInAValueIsRefusedNamingItsPath() {
        String why = refusal("{\"funcname\":\"bad\\u0000name\"}", FunctionSpec.class);
        assertTrue(why.contains("property 'funcname'") && why.contains("NUL"), why);
    }

    @Test
    void aNulInsideNestedArraysAndMapsNamesThePath() {
        assertTrue(refusal("{\"args\":[\"ok\",\"b\\u0000\"]}", FunctionSpec.class).contains("'args[1]'"));
        assertTrue(refusal("{\"env\":{\"k\":\"v\\u0000\"}}", FunctionSpec.class).contains("'env.k'"));
        assertTrue(refusal("{\"conditions\":{\"dependencies\":[\"\\u0000\"]}}", FunctionSpec.class)
                .contains("'conditions.dependencies[0]'"));
    }

    @Test
    void aNulInAKeyIsRefused() {
        assertTrue(refusal("{\"env\":{\"k\\u0000\":\"v\"}}", FunctionSpec.class).contains("'env'"));
    }

    @Test
    void ordinaryEscapesAndUnicodeStillDecode() {
        FunctionSpec spec = WireJson.fromClientJson("{\"funcname\":\"a\\tb\\u00e9\\\"\",\"priority\":7,\"maxwaittime\":-1}", FunctionSpec.class);
        assertEquals("a\tb\u00e9\"", spec.funcname);
        assertEquals(7, spec.priority);
        assertEquals(-1, spec.maxwaittime);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967301", "9223372036854775807", "1e308", "1.9", "-2147483649", "true"})
    void anIntThatDoesNotFitIsRefusedNamingTheField(String priority) {
        String why = refusal("{\"priority\":" + priority + "}", FunctionSpec.class);
        assertTrue(why.contains("'priority'"), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e30", "0.5"})
    void aLongThatDoesNotFitIsRefused(String value) {
        String why = refusal("{\"maxwaittime\":" + value + "}", FunctionSpec.class);
        assertTrue(why.contains("'maxwaittime'"), why);
    }

    @Test
    void integralValuesWrittenWithExponentOrFractionZeroAreAccepted() {
        assertEquals(100, WireJson.fromClientJson("{\"priority\":1e2}", FunctionSpec.class).priority);
        assertEquals(3, WireJson.fromClientJson("{\"priority\":3.0}", FunctionSpec.class).priority);
        assertEquals(Long.MAX_VALUE, WireJson.fromClientJson("{\"big\":9223372036854775807}", Flags.class).big);
        assertEquals(Integer.MIN_VALUE, WireJson.fromClientJson("{\"boxed\":-2147483648}", Flags.class).boxed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "0", "\"yes\""})
    void aBooleanThatIsNotABooleanIsRefused(String value) {
        assertTrue(refusal("{\"once\":" + value + "}", Flags.class).contains("'once'"));
        assertTrue(refusal("{\"maybe\":" + value + "}", Flags.class).contains("'maybe'"));
    }

    @Test
    void booleansAndNullsDecode() {
        Flags f = WireJson.fromClientJson("{\"once\":true,\"maybe\":null,\"boxed\":null}", Flags.class);
        assertTrue(f.once);
        assertEquals(null, f.maybe);
        assertEquals(null, f.boxed);
    }

    @Test
    void aListWhereAnObjectIsBoundIsRefusedAndTheReverse() {
        assertTrue(refusal("{\"env\":[\"a\",\"b\"]}", FunctionSpec.class).contains("'env'"));
        assertTrue(refusal("{\"conditions\":[]}", FunctionSpec.class).contains("'conditions'"));
        assertTrue(refusal("{\"args\":{\"a\":1}}", FunctionSpec.class).contains("'args'"));
    }

    @Test
    void untypedNumbersInArgsAndMapsAreUntouched() {
        Map<?, ?> m = WireJson.fromClientJson("{\"x\":1.5,\"y\":1e308}", Map.class);
        assertEquals(2, m.size());
        assertEquals(1.5, ((Number) m.get("x")).doubleValue());
    }

    /** FuzzIT findings: the parser's own limits were thrown past JSON-B's exception, so both adapters answered 500. */
    @Test
    void nestingDeeperThanTheParserAllowsIsABadRequest() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertTrue(refusal("{\"args\":" + deep + "}", FunctionSpec.class).contains("nested deeper"));
        assertTrue(refusal("{\"nodename\":" + deep + "}", FunctionSpec.class).contains("nodename"));
    }

    /** FuzzIT: 600 levels passed the parser's limit and overflowed the stack when the output was stored. */
    @Test
    void nestingIsBoundedWellBelowWhatOverflowsTheStack() {
        int arrays = WireJson.MAX_NESTING - 1; // inside the message object
        String deepest = "{\"args\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
        assertEquals(1, WireJson.fromClientJson(deepest, FunctionSpec.class).args.size());
        String over = "{\"args\":" + "[".repeat(arrays + 1) + "]".repeat(arrays + 1) + "}";
        String why = refusal(over, FunctionSpec.class);
        assertTrue(why.contains("nested deeper than " + WireJson.MAX_NESTING) && why.contains("args"), why);
        assertTrue(refusal("{\"b\":".repeat(200) + "1" + "}".repeat(200), Map.class).contains("nested deeper"));
    }

    @Test
    void aNumberLongerThanTheParserAllowsIsABadRequest() {
        String digits = "9".repeat(2_000);
        refusal("{\"priority\":" + digits + "}", FunctionSpec.class);
        refusal("{\"args\":[" + digits + "]}", FunctionSpec.class);
        refusal("{\"nodename\":" + digits + "}", FunctionSpec.class);
    }

    /** FuzzIT: JSON-B skips an unknown key's value with Parsson's skip, which loops forever at a truncated end. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"zz\":[", "{\"zz\":{\"a\":{", "{\"zz\":[[[{\"a\":[",
            "{\"funcname\":\"f\",\"zz\":[1,2", "{\"zz\":[}]}", "{\"funcname\":\"f\"}}"})
    @org.junit.jupiter.api.Timeout(value = 5, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aTruncatedOrUnbalancedTextIsRefusedAtOnce(String json) {
        refusal(json, FunctionSpec.class);
    }

    /** FuzzIT: 1e309 decodes as infinity; JSON cannot carry it back, so every later reply failed. */
    @Test
    void aDoubleOutOfRangeIsRefusedNamingTheFieldEvenWhenRenamed() {
        assertTrue(refusal("{\"location\":{\"long\":1e309,\"lat\":0}}", io.colonies.model.core.Executor.class)
                .contains("location.long"));
        assertTrue(refusal("{\"minwaittime\":-1e309}", io.colonies.model.core.Function.class).contains("minwaittime"));
        assertEquals(1.5e308, WireJson.fromClientJson("{\"minwaittime\":1.5e308}", io.colonies.model.core.Function.class)
                .minwaittime);
    }
}
