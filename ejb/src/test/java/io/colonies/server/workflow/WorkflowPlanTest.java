package io.colonies.server.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.error.ErrorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowPlanTest {
    @Test
    void parentsFollowTheOrderOfDependencies() {
        WorkflowPlan plan = WorkflowPlan.of(workflow(node("gen"), node("b", "gen"), node("a", "gen"), node("sum", "a", "b")));
        assertTrue(plan.isRoot(0));
        assertEquals(List.of(0), plan.parentsOf(1));
        assertEquals(List.of(2, 1), plan.parentsOf(3), "sum depends on a then b");
    }

    @Test
    void anUnknownDependencyIsRefusedWithTheReferenceText() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> WorkflowPlan.of(workflow(node("a", "ghost"))));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals(WorkflowPlan.BAD_DEPENDENCY, e.getMessage());
    }

    @Test
    void duplicateNodeNamesAreRefused() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> WorkflowPlan.of(workflow(node("a"), node("a"))));
        assertTrue(e.getMessage().contains("'a' is used twice"));
    }

    @Test
    void cyclesAreRefusedIncludingSelfLoops() {
        assertThrows(WorkflowException.class, () -> WorkflowPlan.of(workflow(node("a", "c"), node("b", "a"), node("c", "b"))));
        assertThrows(WorkflowException.class, () -> WorkflowPlan.of(workflow(node("a", "a"))));
    }

    @Test
    void emptyAndMissingSpecsAreRefused() {
        assertThrows(WorkflowException.class, () -> WorkflowPlan.of(null));
        assertThrows(WorkflowException.class, () -> WorkflowPlan.of(workflow()));
    }

    @Test
    void aDiamondIsAcyclic() {
        WorkflowPlan plan = WorkflowPlan.of(workflow(node("top"), node("l", "top"), node("r", "top"), node("bottom", "l", "r")));
        assertEquals(4, plan.size());
    }

    private static WorkflowSpec workflow(FunctionSpec... nodes) {
        WorkflowSpec spec = new WorkflowSpec();
        spec.colonyid = "c";
        spec.functionspecs = new ArrayList<>(Arrays.asList(nodes));
        return spec;
    }

    private static FunctionSpec node(String name, String... dependencies) {
        FunctionSpec spec = new FunctionSpec();
        spec.nodename = name;
        spec.conditions.executortype = "t";
        spec.conditions.dependencies = new ArrayList<>(List.of(dependencies));
        return spec;
    }
}
