package io.colonies.cli.process;

import io.colonies.cli.output.Details;
import io.colonies.cli.output.Formats;
import io.colonies.model.core.Process;
import java.io.PrintWriter;

/** The human view of one process. */
public final class ProcessView {
    private ProcessView() {
    }

    public static void print(Process p, PrintWriter out) {
        Details details = new Details()
                .add("Process", p.processid)
                .add("Function", p.spec.funcname)
                .add("Args", Formats.list(p.spec.args))
                .add("Executor type", p.spec.conditions == null ? "" : p.spec.conditions.executortype)
                .add("State", Formats.state(p.state))
                .add("Assigned to", p.assignedexecutorid.isEmpty() ? "-" : p.assignedexecutorid)
                .add("Submitted", Formats.time(p.submissiontime))
                .add("Started", Formats.time(p.starttime))
                .add("Ended", Formats.time(p.endtime))
                .add("Retries", p.retries);
        if (!p.processgraphid.isEmpty()) {
            details.add("Workflow", p.processgraphid).add("Node", p.spec.nodename);
        }
        details.add("Input", Formats.list(p.in))
                .add("Output", Formats.list(p.out))
                .add("Errors", Formats.list(p.errors))
                .print(out);
    }
}
