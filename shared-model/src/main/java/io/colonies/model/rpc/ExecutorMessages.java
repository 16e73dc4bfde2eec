package io.colonies.model.rpc;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;

/** Executor and function-registry messages (PROTOCOL §5.3, §5.4). */
public final class ExecutorMessages {
    private ExecutorMessages() {
    }

    public static class AddExecutor extends Message {
        public Executor executor;

        public AddExecutor() {
            super("addexecutormsg");
        }
    }

    public static class GetExecutors extends Message {
        public String colonyid = "";

        public GetExecutors() {
            super("getexecutorsmsg");
        }
    }

    /** Shared shape of get/approve/reject/delete executor, which all name one executor. */
    public static class ExecutorRef extends Message {
        public String executorid = "";

        public ExecutorRef(String msgtype) {
            super(msgtype);
        }
    }

    public static class GetExecutor extends ExecutorRef {
        public GetExecutor() {
            super("getexecutormsg");
        }
    }

    public static class ApproveExecutor extends ExecutorRef {
        public ApproveExecutor() {
            super("approveexecutormsg");
        }
    }

    public static class RejectExecutor extends ExecutorRef {
        public RejectExecutor() {
            super("rejectexecutormsg");
        }
    }

    public static class DeleteExecutor extends ExecutorRef {
        public DeleteExecutor() {
            super("deleteexecutormsg");
        }
    }

    public static class AddFunction extends Message {
        public Function fun;

        public AddFunction() {
            super("addfunctionmsg");
        }
    }

    public static class GetFunctions extends Message {
        public String executorid = "";
        public String colonyid = "";

        public GetFunctions() {
            super("getfunctionsmsg");
        }
    }

    public static class DeleteFunction extends Message {
        public String functionid = "";

        public DeleteFunction() {
            super("deletefunctionmsg");
        }
    }
}
