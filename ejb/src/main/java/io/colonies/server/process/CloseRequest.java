package io.colonies.server.process;

import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.Caller;
import java.util.List;

/** One executor's close of one process, as it waits for a coalesced batch (see {@link CloseCoalescer}). */
public record CloseRequest(Caller caller, ColonyScope scope, ProcessId processId, boolean success,
                           List<Object> out, List<String> errors) {

    public static CloseRequest successful(Caller caller, ColonyScope scope, ProcessId id, List<Object> out) {
        return new CloseRequest(caller, scope, id, true, out, null);
    }

    public static CloseRequest failed(Caller caller, ColonyScope scope, ProcessId id, List<String> errors) {
        return new CloseRequest(caller, scope, id, false, null, errors);
    }
}
