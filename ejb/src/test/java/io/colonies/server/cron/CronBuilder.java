package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.json.GoTime;
import java.time.Instant;

/** Test data: {@code aCron().every(60).dueAt(t).build()}. */
final class CronBuilder {
    private final Cron cron = new Cron();

    private CronBuilder() {
        cron.cronid = "ab".repeat(32);
        cron.colonyid = Specs.COLONY;
        cron.name = "nightly";
        cron.interval = 60;
        cron.workflowspec = Specs.twoSteps(Specs.COLONY);
    }

    static CronBuilder aCron() {
        return new CronBuilder();
    }

    CronBuilder withId(String id) {
        cron.cronid = id;
        return this;
    }

    CronBuilder named(String name) {
        cron.name = name;
        return this;
    }

    CronBuilder inColony(String colonyId) {
        cron.colonyid = colonyId;
        return this;
    }

    CronBuilder every(long seconds) {
        cron.interval = seconds;
        cron.cronexpression = "";
        return this;
    }

    CronBuilder on(String expression) {
        cron.interval = -1;
        cron.cronexpression = expression;
        return this;
    }

    CronBuilder random() {
        cron.random = true;
        return this;
    }

    CronBuilder withSpec(String json) {
        cron.workflowspec = json;
        return this;
    }

    CronBuilder dueAt(Instant nextRun) {
        cron.nextrun = nextRun == null ? GoTime.ZERO : nextRun;
        return this;
    }

    CronBuilder after(String previousGraphId) {
        cron.prevprocessgraphid = previousGraphId;
        return this;
    }

    CronBuilder waitingForPrevious() {
        cron.waitforprevprocessgraph = true;
        return this;
    }

    Cron build() {
        return cron;
    }
}
