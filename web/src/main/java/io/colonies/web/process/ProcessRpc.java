package io.colonies.web.process;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseFailed;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.DeleteAllProcesses;
import io.colonies.model.rpc.ProcessMessages.DeleteProcess;
import io.colonies.model.rpc.ProcessMessages.GetAttribute;
import io.colonies.model.rpc.ProcessMessages.GetProcess;
import io.colonies.model.rpc.ProcessMessages.GetProcessHistory;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.AssignWaiters;
import io.colonies.server.process.ProcessException;
import io.colonies.server.process.ProcessService;
import io.colonies.web.connection.RequestConnection;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import io.colonies.web.rpc.RpcResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Process and attribute messages (PROTOCOL §5.5, §5.6). */
@ApplicationScoped
public class ProcessRpc implements RpcFamily {
    @Inject
    ProcessService processes;

    @Inject
    AssignWaiters assignments;

    @Inject
    HttpServletRequest request; // [connection-watch hook] the current request (CDI proxy)

    @Override
    public void register(Operations ops) {
        ops.add("submitfuncspecmsg", SubmitFunctionSpec.class, "submit process spec",
                Access.member(m -> colonyOf(m.spec)), r -> processes.submit(r.message().spec, r.message().idempotencykey));
        ops.add("assignprocessmsg", AssignProcess.class, "assign process", Access.member(m -> m.colonyid), r -> {
            if (r.message().timeout == 0) {
                throw new ProcessException(ErrorKind.BAD_REQUEST, "Invalid timeout value, timeout cannot be zero");
            }
            String executorId = r.caller().id();
            return assignments.assign(r.member(), r.message().colonyid, r.message().timeout,
                            RequestConnection.of(request)) // [connection-watch hook]
                    .thenApply(p -> new RpcResult(200, Envelopes.success("assignprocessmsg", WireJson.toJson(p)),
                            () -> processes.release(p.processid, executorId)));
        });
        ops.add("closesuccessfulmsg", CloseSuccessful.class, "close process as successful",
                Access.member(m -> processes.colonyOf(m.processid)), r -> {
                    processes.closeSuccessful(r.caller().id(), r.message().processid, r.message().out);
                    return Replies.EMPTY;
                });
        ops.add("closefailedmsg", CloseFailed.class, "close process as failed",
                Access.member(m -> processes.colonyOf(m.processid)), r -> {
                    processes.closeFailed(r.caller().id(), r.message().processid, r.message().errors);
                    return Replies.EMPTY;
                });
        ops.add("getprocessmsg", GetProcess.class, "get process",
                Access.member(m -> processes.colonyOf(m.processid)), r -> processes.get(r.message().processid));
        ops.add("getprocessesmsg", GetProcesses.class, "get processes", Access.memberOrOwner(m -> m.colonyid),
                r -> processes.list(r.message().colonyid, r.message().state, r.message().executortype,
                        r.message().count));
        ops.add("getprocesshistmsg", GetProcessHistory.class, "get process history",
                Access.memberOrOwner(m -> m.colonyid), r -> processes.history(r.message().colonyid,
                        r.message().executorid, r.message().seconds, r.message().state));
        ops.add("deleteprocessmsg", DeleteProcess.class, "delete process",
                Access.member(m -> processes.colonyOf(m.processid)), r -> {
                    processes.delete(r.message().processid);
                    return Replies.EMPTY;
                });
        ops.add("deleteallprocessesmsg", DeleteAllProcesses.class, "delete all processes",
                Access.colonyOwner(m -> m.colonyid), r -> {
                    processes.deleteAll(r.message().colonyid, r.message().state);
                    return Replies.EMPTY;
                });
        ops.add("addattributemsg", AddAttribute.class, "add attribute",
                Access.member(m -> processes.colonyOf(attributeTarget(m))),
                r -> processes.addAttribute(r.caller().id(), r.message().attribute));
        ops.add("getattributemsg", GetAttribute.class, "get attribute",
                Access.member(m -> processes.colonyOf(processes.getAttribute(m.attributeid).targetid)),
                r -> processes.getAttribute(r.message().attributeid));
    }

    private static String colonyOf(FunctionSpec spec) {
        if (spec == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to submit process spec, msg.FunctionSpec is nil");
        }
        return spec.conditions == null ? "" : spec.conditions.colonyid;
    }

    private static String attributeTarget(AddAttribute m) {
        if (m.attribute == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to add attribute, attribute is nil");
        }
        return m.attribute.targetid;
    }
}
