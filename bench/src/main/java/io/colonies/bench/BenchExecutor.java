package io.colonies.bench;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An approved executor and the calls the scenarios make with its key (RPC, and REST for the batch path). */
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

    /**
     * {@code POST …/assignments?timeout=&max=} (docs/rest.md "Batch path"): 200 with an array of 1 to
     * {@code max} processes, or 204. {@code timeoutSeconds} &lt;= 0 is a single attempt, as REST's 0.
     */
    RestResponse assignBatch(int timeoutSeconds, int max) {
        int timeout = Math.max(0, timeoutSeconds);
        return colony.rest().send("POST", "/v1/colonies/" + colony.id() + "/assignments?timeout=" + timeout
                + "&max=" + max, null, key, POLL_SLACK.plusSeconds(timeout));
    }

    /** {@code POST …/processes/closures}: closes every process of {@code processIds} as successful, out ["ok"]. */
    RestResponse closeBatch(List<String> processIds) {
        return colony.rest().send("POST", "/v1/colonies/" + colony.id() + "/processes/closures",
                closuresJson(processIds), key, Duration.ofSeconds(30));
    }

    /**
     * The closure items, written directly like {@link RpcClient#envelopeJson}: the ids are the server's
     * hex ids, which need no escaping, and binding would bill the harness's JSON cost to the shared CPU.
     */
    static String closuresJson(List<String> processIds) {
        StringBuilder json = new StringBuilder(processIds.size() * 110).append('[');
        for (String id : processIds) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"processid\":\"").append(id).append("\",\"successful\":true,\"out\":[\"ok\"]}");
        }
        return json.append(']').toString();
    }

    String id() {
        return key.id();
    }
}
