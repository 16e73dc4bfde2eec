package it.support;

import io.colonies.model.core.FunctionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fluent test data: {@code aSpec().inColony(c).ofType("t").withPriority(2).build()}. */
public final class SpecBuilder {
    private final FunctionSpec spec = new FunctionSpec();

    private SpecBuilder() {
        spec.funcname = "echo";
        spec.maxwaittime = -1;
        spec.maxexectime = -1;
        spec.maxretries = 0;
    }

    public static SpecBuilder aSpec() {
        return new SpecBuilder();
    }

    public SpecBuilder inColony(String colonyId) {
        spec.conditions.colonyid = colonyId;
        return this;
    }

    public SpecBuilder ofType(String executorType) {
        spec.conditions.executortype = executorType;
        return this;
    }

    public SpecBuilder named(String nodeName) {
        spec.nodename = nodeName;
        return this;
    }

    public SpecBuilder func(String funcname, Object... args) {
        spec.funcname = funcname;
        spec.args = new ArrayList<>(Arrays.asList(args));
        return this;
    }

    public SpecBuilder withPriority(int priority) {
        spec.priority = priority;
        return this;
    }

    public SpecBuilder maxExecTime(long seconds) {
        spec.maxexectime = seconds;
        return this;
    }

    public SpecBuilder maxWaitTime(long seconds) {
        spec.maxwaittime = seconds;
        return this;
    }

    public SpecBuilder maxRetries(int retries) {
        spec.maxretries = retries;
        return this;
    }

    public SpecBuilder forExecutors(String... executorIds) {
        spec.conditions.executorids = new ArrayList<>(List.of(executorIds));
        return this;
    }

    public SpecBuilder after(String... nodeNames) {
        spec.conditions.dependencies = new ArrayList<>(List.of(nodeNames));
        return this;
    }

    public SpecBuilder env(String key, String value) {
        spec.env.put(key, value);
        return this;
    }

    public FunctionSpec build() {
        return spec;
    }
}
