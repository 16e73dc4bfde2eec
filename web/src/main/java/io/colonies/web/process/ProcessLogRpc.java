package io.colonies.web.process;

import io.colonies.model.rpc.LogMessages.AddLog;
import io.colonies.model.rpc.LogMessages.GetLogs;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.ProcessLogs;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Process log messages (HEAD's addlogmsg, getlogsmsg): decode, call {@link ProcessLogs}, encode. */
@ApplicationScoped
public class ProcessLogRpc implements RpcFamily {
    @Inject
    ProcessLogs logs;

    @Override
    public void register(Operations ops) {
        ops.add("addlogmsg", AddLog.class, "add log", r -> {
            logs.add(r.caller(), ColonyScope.ANY, ProcessId.of(r.message().processid), r.message().message);
            return Replies.EMPTY;
        });
        ops.add("getlogsmsg", GetLogs.class, "get logs", r -> logs.get(r.caller(), ColonyScope.ANY,
                ProcessId.of(r.message().processid), r.message().count, r.message().since));
    }
}
