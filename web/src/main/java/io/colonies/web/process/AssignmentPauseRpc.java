package io.colonies.web.process;

import io.colonies.model.rpc.ProcessMessages.GetPauseStatus;
import io.colonies.model.rpc.ProcessMessages.PauseAssignments;
import io.colonies.model.rpc.ProcessMessages.ResumeAssignments;
import io.colonies.server.id.ColonyId;
import io.colonies.server.process.AssignmentPauses;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * HEAD's pause messages with v1.1.1 colony ids: decode, call {@link AssignmentPauses}, encode. Pause
 * and resume reply with an empty payload as HEAD does; the status is a {@code PauseStatus}.
 */
@ApplicationScoped
public class AssignmentPauseRpc implements RpcFamily {
    @Inject
    AssignmentPauses pauses;

    @Override
    public void register(Operations ops) {
        ops.add("pauseassignmentsmsg", PauseAssignments.class, "pause assignments", r -> {
            pauses.pause(r.caller(), ColonyId.of(r.message().colonyid));
            return Replies.EMPTY;
        });
        ops.add("resumeassignmentsmsg", ResumeAssignments.class, "resume assignments", r -> {
            pauses.resume(r.caller(), ColonyId.of(r.message().colonyid));
            return Replies.EMPTY;
        });
        ops.add("getpausestatusmsg", GetPauseStatus.class, "get pause status",
                r -> pauses.status(r.caller(), ColonyId.of(r.message().colonyid)));
    }
}
