package io.colonies.web.process;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CancelProcess;
import io.colonies.model.rpc.ProcessMessages.CloseFailed;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.DeleteAllProcesses;
import io.colonies.model.rpc.ProcessMessages.DeleteProcess;
import io.colonies.model.rpc.ProcessMessages.GetAttribute;
import io.colonies.model.rpc.ProcessMessages.GetProcess;
import io.colonies.model.rpc.ProcessMessages.GetProcessHistory;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import io.colonies.model.rpc.ProcessMessages.RemoveAttribute;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import io.colonies.model.rpc.ProcessMessages.UnassignProcess;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.AssignWaiters;
import io.colonies.server.process.CloseCoalescer;
import io.colonies.server.process.Processes;
import io.colonies.server.security.Member;
import io.colonies.web.connection.RequestConnection;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import io.colonies.web.rpc.RpcResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Process and attribute messages (PROTOCOL §5.5, §5.6): decode, call the {@link Processes} use case, encode. */
@ApplicationScoped
public class ProcessRpc implements RpcFamily {
    @Inject
    Processes processes;

    @Inject
    CloseCoalescer closes;

    @Inject
    AssignWaiters assignments;

    @Inject
    HttpServletRequest request; // the current request (CDI proxy)

    @Override
    public void register(Operations ops) {
        ops.add("submitfuncspecmsg", SubmitFunctionSpec.class, "submit process spec",
                r -> processes.submit(r.caller(), r.message().spec, r.message().idempotencykey).process());
        ops.add("assignprocessmsg", AssignProcess.class, "assign process", r -> {
            AssignProcess m = r.message();
            Member member = processes.authorizeAssign(r.caller(), ColonyId.of(m.colonyid), m.timeout);
            return assignments.assign(member, m.colonyid, m.timeout,
                            RequestConnection.of(request))
                    .thenApply(p -> new RpcResult(200, Envelopes.success("assignprocessmsg", WireJson.toJson(p)),
                            () -> assignments.giveBack(p, member)));
        });
        ops.add("closesuccessfulmsg", CloseSuccessful.class, "close process as successful", r -> {
            closes.closeSuccessful(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid), r.message().out);
            return Replies.EMPTY;
        });
        ops.add("closefailedmsg", CloseFailed.class, "close process as failed", r -> {
            closes.closeFailed(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid), r.message().errors);
            return Replies.EMPTY;
        });
        ops.add("getprocessmsg", GetProcess.class, "get process",
                r -> processes.get(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid)));
        ops.add("getprocessesmsg", GetProcesses.class, "get processes", r -> processes.list(r.caller(),
                ColonyId.of(r.message().colonyid), r.message().state, ExecutorType.of(r.message().executortype), null,
                r.message().count));
        ops.add("getprocesshistmsg", GetProcessHistory.class, "get process history", r -> processes.history(
                r.caller(), ColonyId.of(r.message().colonyid), ExecutorId.of(r.message().executorid),
                r.message().seconds, r.message().state));
        ops.add("deleteprocessmsg", DeleteProcess.class, "delete process", r -> {
            processes.delete(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid));
            return Replies.EMPTY;
        });
        ops.add("deleteallprocessesmsg", DeleteAllProcesses.class, "delete all processes", r -> {
            processes.deleteAll(r.caller(), ColonyId.of(r.message().colonyid), r.message().state);
            return Replies.EMPTY;
        });
        ops.add("addattributemsg", AddAttribute.class, "add attribute",
                r -> processes.addAttribute(r.caller(), ColonyScope.ANY, r.message().attribute));
        ops.add("getattributemsg", GetAttribute.class, "get attribute",
                r -> processes.getAttribute(r.caller(), ColonyScope.ANY, null, r.message().attributeid));
        ops.add("cancelprocessmsg", CancelProcess.class, "cancel process",
                r -> processes.cancel(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid)));
        ops.add("unassignprocessmsg", UnassignProcess.class, "unassign process", r -> {
            processes.unassign(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid));
            return Replies.EMPTY;
        });
        ops.add("removeattributemsg", RemoveAttribute.class, "remove attribute", r -> {
            processes.removeAttribute(r.caller(), ColonyScope.ANY, null, r.message().attributeid);
            return Replies.EMPTY;
        });
    }
}
