package io.colonies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.RowSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenariosTest {
    @Test
    void theTableRunsTheScenariosOfIssue12() {
        assertTrue(Scenarios.table().containsAll(List.of("submit", "drain", "batch", "wake", "diamond", "steady")),
                Scenarios.table().toString());
        assertEquals(List.of("micro", "submit", "drain", "batch", "wake", "diamond", "steady"),
                Scenarios.select(List.of("micro", "table")).subList(0, 7));
    }

    @Test
    void unknownNamesAreRefused() {
        assertThrows(Options.UsageException.class, () -> Scenarios.select(List.of("drian")));
    }

    @Test
    void eachThroughputScenarioIsComparedWithItsPgLimitFigure() {
        Map<String, String> pg = Scenarios.rowSpecs().stream().filter(s -> s.pgLimit() != null)
                .collect(Collectors.toMap(RowSpec::scenario, RowSpec::pgLimit));
        assertEquals(PgLimits.SUBMIT, pg.get("submit"));
        assertEquals(PgLimits.DRAIN, pg.get("drain"));
        assertEquals(PgLimits.DRAIN, pg.get("batch"));
        assertEquals(PgLimits.CYCLE, pg.get("steady"));
    }

    @Test
    void everyRowBelongsToARegisteredScenario() {
        Set<String> names = Scenarios.byName().keySet();
        for (RowSpec spec : Scenarios.rowSpecs()) {
            assertTrue(names.contains(spec.scenario()), spec.scenario());
        }
    }
}
