package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.workflow.WorkflowPlan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CronRulesTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");

    private static ColoniesException rejected(Cron cron) {
        ColoniesException e = assertThrows(ColoniesException.class, () -> CronRules.validate(cron));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        return e;
    }

    @Test
    void acceptsIntervalAndExpressionCrons() {
        assertDoesNotThrow(() -> CronRules.validate(aCron().every(10).build()));
        assertDoesNotThrow(() -> CronRules.validate(aCron().every(10).random().build()));
        assertDoesNotThrow(() -> CronRules.validate(aCron().on("0/5 * * * * *").build()));
        assertDoesNotThrow(() -> CronRules.validate(aCron().on("CRON_TZ=Europe/Stockholm @every 1h").build()));
    }

    @Test
    void aMissingCronIsNamed() {
        assertEquals("Failed to add cron, msg.Cron is nil", rejected(null).getMessage());
    }

    @Test
    void aBlankNameIsRefused() {
        rejected(aCron().named(" ").build());
    }

    @Test
    void intervalZeroAndBelowMinusOneAreRefused() {
        assertEquals(CronRules.BAD_INTERVAL, rejected(aCron().every(0).build()).getMessage());
        assertEquals(CronRules.BAD_INTERVAL, rejected(aCron().every(-2).build()).getMessage());
    }

    @Test
    void randomNeedsAnInterval() {
        assertEquals(CronRules.BAD_RANDOM, rejected(aCron().on("0 * * * * *").random().build()).getMessage());
    }

    @Test
    void theExpressionIsCheckedOnlyWithoutInterval() {
        assertEquals("expected exactly 6 fields, found 5: [* * * * *]",
                rejected(aCron().on("* * * * *").build()).getMessage());
        assertDoesNotThrow(() -> CronRules.validate(aCron().every(5).build()));
    }

    @Test
    void theWorkflowIsCheckedFirst() {
        Cron badEverything = aCron().every(0).withSpec("{not json").build();
        assertTrue(rejected(badEverything).getMessage().startsWith("Failed to parse workflow spec"));
        assertEquals(WorkflowPlan.BAD_DEPENDENCY,
                rejected(aCron().every(0).withSpec(Specs.dependingOnMissingNode()).build()).getMessage());
    }

    @Test
    void workflowNodesMustBeAssignable() {
        rejected(aCron().withSpec(Specs.withoutExecutorType()).build());
        rejected(aCron().withSpec("").build());
    }

    @Test
    void theWorkflowMustStayInTheCronsColony() {
        rejected(aCron().withSpec(Specs.twoSteps(Specs.OTHER_COLONY)).build());
        WorkflowSpec filled = CronRules.workflow(Specs.twoSteps(""), Specs.COLONY);
        assertEquals(Specs.COLONY, filled.colonyid);
    }

    @Test
    void intervalModeWinsAndRandomChangesNothing() {
        assertEquals(NOW.plusSeconds(90), CronRules.schedule(aCron().every(90).build()).next(NOW));
        assertEquals(NOW.plusSeconds(90), CronRules.schedule(aCron().every(90).random().build()).next(NOW));
        assertEquals(NOW.plusSeconds(5), CronRules.schedule(aCron().on("*/5 * * * * *").build()).next(NOW));
    }
}
