package io.colonies.model.rpc;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.FunctionSpec;
import java.util.ArrayList;
import java.util.List;

/** Process and attribute messages (PROTOCOL §5.5, §5.6). */
public final class ProcessMessages {
    private ProcessMessages() {
    }

    public static class SubmitFunctionSpec extends Message {
        public FunctionSpec spec;
        /** Our extension: a retried submit with the same key returns the first process. */
        public String idempotencykey = "";

        public SubmitFunctionSpec() {
            super("submitfuncspecmsg");
        }
    }

    public static class AssignProcess extends Message {
        public String colonyid = "";
        public boolean latest;
        public int timeout;

        public AssignProcess() {
            super("assignprocessmsg");
        }
    }

    public static class GetProcessHistory extends Message {
        public String colonyid = "";
        public String executorid = "";
        public long seconds;
        public int state;

        public GetProcessHistory() {
            super("getprocesshistmsg");
        }
    }

    public static class GetProcesses extends Message {
        public String colonyid = "";
        public int count;
        public int state;
        public String executortype = "";

        public GetProcesses() {
            super("getprocessesmsg");
        }
    }

    public static class GetProcess extends Message {
        public String processid = "";

        public GetProcess() {
            super("getprocessmsg");
        }
    }

    public static class DeleteProcess extends Message {
        public String processid = "";
        public boolean all;

        public DeleteProcess() {
            super("deleteprocessmsg");
        }
    }

    public static class DeleteAllProcesses extends Message {
        public String colonyid = "";
        public int state;

        public DeleteAllProcesses() {
            super("deleteallprocessesmsg");
        }
    }

    public static class CloseSuccessful extends Message {
        public String processid = "";
        public List<Object> out = new ArrayList<>();

        public CloseSuccessful() {
            super("closesuccessfulmsg");
        }
    }

    public static class CloseFailed extends Message {
        public String processid = "";
        public List<String> errors = new ArrayList<>();

        public CloseFailed() {
            super("closefailedmsg");
        }
    }

    public static class AddAttribute extends Message {
        public Attribute attribute;

        public AddAttribute() {
            super("addattributemsg");
        }
    }

    public static class GetAttribute extends Message {
        public String attributeid = "";

        public GetAttribute() {
            super("getattributemsg");
        }
    }

    /** Today's Colonies {@code cancelprocessmsg}: a waiting process ends, a running one is marked cancelled. */
    public static class CancelProcess extends Message {
        public String processid = "";

        public CancelProcess() {
            super("cancelprocessmsg");
        }
    }

    /** The assignee gives a running process back to the queue (HEAD's unassignprocessmsg). */
    public static class UnassignProcess extends Message {
        public String processid = "";

        public UnassignProcess() {
            super("unassignprocessmsg");
        }
    }

    /** The assignee of a running process removes one of its attributes. */
    public static class RemoveAttribute extends Message {
        public String attributeid = "";

        public RemoveAttribute() {
            super("removeattributemsg");
        }
    }

    /** HEAD's pauseassignmentsmsg, with the colony id: assigns of the colony wait until it is resumed. */
    public static class PauseAssignments extends Message {
        public String colonyid = "";

        public PauseAssignments() {
            super("pauseassignmentsmsg");
        }
    }

    /** HEAD's resumeassignmentsmsg, with the colony id. */
    public static class ResumeAssignments extends Message {
        public String colonyid = "";

        public ResumeAssignments() {
            super("resumeassignmentsmsg");
        }
    }

    /** HEAD's getpausestatusmsg, with the colony id; the reply is a {@code PauseStatus}. */
    public static class GetPauseStatus extends Message {
        public String colonyid = "";

        public GetPauseStatus() {
            super("getpausestatusmsg");
        }
    }
}
