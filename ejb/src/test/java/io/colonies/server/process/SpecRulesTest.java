package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.colonies.model.core.FunctionSpec;
import org.junit.jupiter.api.Test;

class SpecRulesTest {
    @Test
    void aSpecWithoutExecutorTypeCanNeverRunAndIsRefused() {
        FunctionSpec spec = new FunctionSpec();
        ProcessException e = assertThrows(ProcessException.class, () -> SpecRules.requireAssignable(spec));
        assertEquals("spec.conditions.executortype is required", e.getMessage());
        spec.conditions = null;
        assertThrows(ProcessException.class, () -> SpecRules.requireAssignable(spec));
    }

    @Test
    void missingListsBecomeEmpty() {
        FunctionSpec spec = new FunctionSpec();
        spec.conditions.executortype = "t";
        spec.args = null;
        spec.env = null;
        spec.conditions.executorids = null;
        SpecRules.requireAssignable(spec);
        assertNotNull(spec.args);
        assertNotNull(spec.env);
        assertNotNull(spec.conditions.executorids);
    }

    @Test
    void aNullEnvironmentValueIsEmptyAsInTheReference() {
        FunctionSpec spec = new FunctionSpec();
        spec.conditions.executortype = "t";
        spec.env = new java.util.HashMap<>();
        spec.env.put("k", null);
        spec.env.put("kept", "v");
        SpecRules.requireAssignable(spec);
        assertEquals(java.util.Map.of("k", "", "kept", "v"), spec.env);
    }
}
