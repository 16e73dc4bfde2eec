package io.colonies.cli.workflow;

import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Json;
import io.colonies.cli.output.Table;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human and the JSON view of a workflow run. */
final class WorkflowView {
    private WorkflowView() {
    }

    static void print(WorkflowRun run, PrintWriter out) {
        Table table = new Table("NODE", "FUNCTION", "TYPE", "STATE", "PROCESSID", "OUTPUT");
        for (Process p : run.processes()) {
            table.row(p.spec.nodename, p.spec.funcname, p.spec.conditions.executortype, Formats.state(p.state),
                    p.processid, p.state == ProcessState.FAILED ? "errors " + Formats.shortList(p.errors)
                            : Formats.shortList(p.out));
        }
        table.print(out);
        out.println();
        out.println("Workflow " + run.graph().processgraphid + ": " + Formats.state(run.graph().state));
        if (run.graph().state == ProcessState.SUCCESS) {
            out.println("Result: " + result(run.result()));
        }
        out.flush();
    }

    static Map<String, Object> json(WorkflowRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("processgraph", run.graph());
        json.put("processes", run.processes());
        json.put("result", run.result());
        return json;
    }

    /** A single value plainly ({@code 13}), several as a JSON list. */
    private static String result(List<Object> values) {
        return values.size() == 1 ? Json.write(values.get(0)) : Json.write(values);
    }
}
