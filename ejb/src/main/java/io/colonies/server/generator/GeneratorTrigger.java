package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a generator submits workflows and how many args each consumes (PROTOCOL §6.9): with at least
 * {@code trigger} queued args, floor(count / trigger) workflows of {@code trigger} args each;
 * otherwise, once timed out, one workflow with every queued arg.
 */
public final class GeneratorTrigger {
    private GeneratorTrigger() {
    }

    /**
     * The arg counts of the workflows to submit now, oldest args first; empty when nothing is due.
     * At most {@code maxRuns} workflows, so one huge backlog is spread over several ticks instead of
     * one long transaction.
     */
    public static List<Integer> batches(Generator g, long queued, Instant now, int maxRuns) {
        if (queued <= 0 || g.trigger < 1) {
            return List.of();
        }
        if (queued >= g.trigger) {
            long runs = Math.min(queued / g.trigger, maxRuns);
            return new ArrayList<>(Collections.nCopies((int) runs, g.trigger));
        }
        if (g.timeout > 0 && timedOut(g, now)) {
            return List.of((int) queued);
        }
        return List.of();
    }

    /**
     * Measured from the last run, or before any run from the first pack, in whole seconds. After a
     * run this is the reference's quirk: an arg packed long after the last run goes out at the next tick.
     */
    static boolean timedOut(Generator g, Instant now) {
        Instant since = GoTime.isZero(g.lastrun) ? g.firstpack : g.lastrun;
        if (GoTime.isZero(since)) {
            return false;
        }
        return now.getEpochSecond() - since.getEpochSecond() > g.timeout;
    }
}
