package io.colonies.model.rpc;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;

/** Workflow / process-graph messages (PROTOCOL §5.7). */
public final class WorkflowMessages {
    private WorkflowMessages() {
    }

    public static class SubmitWorkflowSpec extends Message {
        public WorkflowSpec spec;

        public SubmitWorkflowSpec() {
            super("submitworkflowspecmsg");
        }
    }

    public static class GetProcessGraph extends Message {
        public String processgraphid = "";

        public GetProcessGraph() {
            super("getprocessgraphmsg");
        }
    }

    public static class GetProcessGraphs extends Message {
        public String colonyid = "";
        public int count;
        public int state;

        public GetProcessGraphs() {
            super("getprocessgraphsmsg");
        }
    }

    public static class DeleteProcessGraph extends Message {
        public String processgraphid = "";
        public boolean all;

        public DeleteProcessGraph() {
            super("deleteprocessgraphmsg");
        }
    }

    public static class DeleteAllProcessGraphs extends Message {
        public String colonyid = "";
        public int state;

        public DeleteAllProcessGraphs() {
            super("deleteallprocessgraphsmsg");
        }
    }

    public static class AddChild extends Message {
        public String processgraphid = "";
        public String parentprocessid = "";
        public String childprocessid = "";
        public FunctionSpec spec;
        public boolean insert;

        public AddChild() {
            super("addchildmsg");
        }
    }

    /** Today's Colonies {@code cancelprocessgraphmsg}: every unfinished process of the graph is cancelled. */
    public static class CancelProcessGraph extends Message {
        public String processgraphid = "";

        public CancelProcessGraph() {
            super("cancelprocessgraphmsg");
        }
    }
}
