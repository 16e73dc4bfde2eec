package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import java.time.Instant;

/** Test data: {@code aGenerator().triggeringAt(5).timingOutAfter(10).build()}. */
final class GeneratorBuilder {
    static final String COLONY = "c0".repeat(32);
    static final String OTHER_COLONY = "d0".repeat(32);

    private final Generator g = new Generator();

    private GeneratorBuilder() {
        g.generatorid = "ef".repeat(32);
        g.colonyid = COLONY;
        g.name = "batcher";
        g.trigger = 5;
        g.workflowspec = spec(COLONY);
    }

    static GeneratorBuilder aGenerator() {
        return new GeneratorBuilder();
    }

    /** A root "gen" and a child "sum" (whose args must stay untouched). */
    static String spec(String colonyId) {
        return "{\"colonyid\":\"" + colonyId + "\",\"functionspecs\":["
                + "{\"nodename\":\"gen\",\"funcname\":\"gen\",\"args\":[\"replaced\"],\"conditions\":{\"executortype\":\"cli\"}},"
                + "{\"nodename\":\"sum\",\"funcname\":\"sum\",\"args\":[\"kept\"],\"conditions\":{\"executortype\":\"cli\","
                + "\"dependencies\":[\"gen\"]}}]}";
    }

    GeneratorBuilder named(String name) {
        g.name = name;
        return this;
    }

    GeneratorBuilder triggeringAt(int trigger) {
        g.trigger = trigger;
        return this;
    }

    GeneratorBuilder timingOutAfter(long seconds) {
        g.timeout = seconds;
        return this;
    }

    GeneratorBuilder firstPackedAt(Instant t) {
        g.firstpack = t;
        return this;
    }

    GeneratorBuilder lastRunAt(Instant t) {
        g.lastrun = t;
        return this;
    }

    GeneratorBuilder withSpec(String json) {
        g.workflowspec = json;
        return this;
    }

    Generator build() {
        return g;
    }
}
