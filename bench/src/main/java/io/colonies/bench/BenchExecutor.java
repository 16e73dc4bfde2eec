package io.colonies.bench;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An approved executor and the three calls the scenarios make with its key. */
record BenchExecutor(BenchColony colony, PrivateKey key, String type) {
    /** Headroom over the long-poll time before the client gives up on an assign. */
    private static final Duration POLL_SLACK = Duration.ofSeconds(30);

    /**
     * Submits a small process for executors of {@code targetType}. No wait or execution deadline,
     * so the server's timeout scanner never touches benchmark rows.
     */
    RpcResponse submit(String targetType) {
        FunctionSpec spec = new FunctionSpec();
        spec.funcname = "echo";
        spec.args = new ArrayList<>(List.of("bench"));
        spec.maxwaittime = -1;
        spec.maxexectime = -1;
        spec.maxretries = 0;
        spec.conditions.colonyid = colony.id();
        spec.conditions.executortype = targetType;
        SubmitFunctionSpec submit = new SubmitFunctionSpec();
        submit.spec = spec;
        return colony.rpc().send(submit, key);
    }

    /** {@code timeoutSeconds} &lt; 0 is a single attempt; &gt; 0 long-polls (PROTOCOL §6.4). */
    RpcResponse assign(int timeoutSeconds) {
        AssignProcess assign = new AssignProcess();
        assign.colonyid = colony.id();
        assign.timeout = timeoutSeconds;
        return colony.rpc().send(assign, key, POLL_SLACK.plusSeconds(Math.max(timeoutSeconds, 0)));
    }

    RpcResponse close(String processId) {
        CloseSuccessful close = new CloseSuccessful();
        close.processid = processId;
        close.out = new ArrayList<>(List.of("ok"));
        return colony.rpc().send(close, key);
    }

    String id() {
        return key.id();
    }
}
