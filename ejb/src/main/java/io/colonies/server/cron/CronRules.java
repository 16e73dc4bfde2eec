package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.SpecRules;
import io.colonies.server.workflow.StoredWorkflow;

/**
 * What makes a cron valid (PROTOCOL §5.9 addcronmsg, checked in the reference's order) and how its
 * stored fields become a schedule and a workflow.
 */
public final class CronRules {
    static final String BAD_INTERVAL = "Cron interval must be -1 (disabled) or larger than 0";
    static final String BAD_RANDOM = "Random cron is only supported when specifying intervals";

    private CronRules() {
    }

    /** Checks an add request; everything a later run needs is proven valid now, not at the first tick. */
    public static void validate(Cron cron) {
        if (cron == null) {
            throw bad("Failed to add cron, msg.Cron is nil");
        }
        if (cron.name == null || cron.name.isBlank()) {
            throw bad("Failed to add cron, cron.name is required");
        }
        if (cron.name.length() > SpecRules.MAX_NAME_LENGTH) {
            throw bad("Failed to add cron, cron.name is longer than the maximum of " + SpecRules.MAX_NAME_LENGTH
                    + " characters");
        }
        workflow(cron.workflowspec, cron.colonyid);
        if (cron.interval == 0 || cron.interval < -1) {
            throw bad(BAD_INTERVAL);
        }
        if (cron.interval == -1) {
            CronExpression.parse(cron.cronexpression);
            if (cron.random) {
                throw bad(BAD_RANDOM);
            }
        }
    }

    /**
     * Interval mode wins when {@code interval} &gt; 0. {@code random} changes nothing, as in the
     * reference (quirk Q10): clients see plain interval crons either way.
     */
    public static CronSchedule schedule(Cron cron) {
        return cron.interval > 0 ? CronSchedule.interval(cron.interval) : CronExpression.parse(cron.cronexpression);
    }

    /**
     * A fresh, validated spec bound to the cron's colony. A spec naming another colony is refused:
     * otherwise a member of one colony could make a cron submit work into a colony it does not belong to.
     */
    public static WorkflowSpec workflow(String json, String colonyId) {
        return StoredWorkflow.parse(json, colonyId, "cron");
    }


    private static CronException bad(String message) {
        return new CronException(ErrorKind.BAD_REQUEST, message);
    }
}
