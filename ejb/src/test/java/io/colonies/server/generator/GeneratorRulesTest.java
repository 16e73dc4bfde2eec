package io.colonies.server.generator;

import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Generator;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.workflow.WorkflowPlan;
import org.junit.jupiter.api.Test;

class GeneratorRulesTest {
    private static ColoniesException rejected(Generator g) {
        ColoniesException e = assertThrows(ColoniesException.class, () -> GeneratorRules.validate(g));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        return e;
    }

    @Test
    void acceptsAValidGenerator() {
        assertDoesNotThrow(() -> GeneratorRules.validate(aGenerator().build()));
        assertDoesNotThrow(() -> GeneratorRules.validate(aGenerator().triggeringAt(1).timingOutAfter(-1).build()));
    }

    @Test
    void aMissingGeneratorIsNamed() {
        assertEquals("Failed to add generator, msg.Generator is nil", rejected(null).getMessage());
    }

    @Test
    void triggerMustBeAtLeastOne() {
        assertEquals("trigger must be at least 1", rejected(aGenerator().triggeringAt(0).build()).getMessage());
        assertEquals("trigger must be at least 1", rejected(aGenerator().triggeringAt(-3).build()).getMessage());
    }

    @Test
    void theWorkflowMustParseAndFormADag() {
        assertTrue(rejected(aGenerator().withSpec("[1,2").build()).getMessage().startsWith("Failed to parse workflow spec"));
        String missing = "{\"functionspecs\":[{\"nodename\":\"a\",\"conditions\":{\"executortype\":\"cli\","
                + "\"dependencies\":[\"b\"]}}]}";
        assertEquals(WorkflowPlan.BAD_DEPENDENCY, rejected(aGenerator().withSpec(missing).build()).getMessage());
        String cycle = "{\"functionspecs\":[{\"nodename\":\"a\",\"conditions\":{\"executortype\":\"cli\","
                + "\"dependencies\":[\"b\"]}},{\"nodename\":\"b\",\"conditions\":{\"executortype\":\"cli\","
                + "\"dependencies\":[\"a\"]}}]}";
        rejected(aGenerator().withSpec(cycle).build());
    }

    @Test
    void theWorkflowMustStayInTheGeneratorsColony() {
        rejected(aGenerator().withSpec(GeneratorBuilder.spec(GeneratorBuilder.OTHER_COLONY)).build());
        assertEquals(GeneratorBuilder.COLONY,
                GeneratorRules.workflow(GeneratorBuilder.spec(""), GeneratorBuilder.COLONY).colonyid);
    }
}
