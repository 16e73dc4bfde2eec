package io.colonies.bench;

import io.colonies.bench.report.RowSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario the harness knows, in the order {@code --scenarios table} runs them and the table
 * lists them. To add one: implement {@link Scenario}, give it {@link Scenario#rows()} if it belongs in
 * the table, and add it here.
 */
final class Scenarios {
    /** The {@code --scenarios} value that selects every scenario with table rows. */
    static final String TABLE = "table";

    private static final List<Scenario> ALL = List.of(
            new MicroScenario(),
            new SubmitScenario(),
            new DrainScenario(),
            new BatchDrainScenario(),
            new WakeScenario(),
            new DiamondScenario(),
            new SteadyScenario(),
            new ClaimLatencyScenario());

    private Scenarios() {
    }

    static Map<String, Scenario> byName() {
        Map<String, Scenario> map = new LinkedHashMap<>();
        ALL.forEach(s -> map.put(s.name(), s));
        return map;
    }

    /** Names of the scenarios that have rows in the table. */
    static List<String> table() {
        return ALL.stream().filter(s -> !s.rows().isEmpty()).map(Scenario::name).toList();
    }

    static List<RowSpec> rowSpecs() {
        List<RowSpec> specs = new ArrayList<>();
        ALL.forEach(s -> specs.addAll(s.rows()));
        return specs;
    }

    /** Expands {@value #TABLE} and checks every name. */
    static List<String> select(List<String> requested) {
        Map<String, Scenario> known = byName();
        List<String> names = new ArrayList<>();
        for (String name : requested) {
            if (name.equals(TABLE)) {
                names.addAll(table());
            } else if (known.containsKey(name)) {
                names.add(name);
            } else {
                throw new Options.UsageException("unknown scenario '" + name + "', known: " + known.keySet()
                        + " or '" + TABLE + "' for " + table());
            }
        }
        return names;
    }
}
