package io.colonies.client;

import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/**
 * Workflows: process graphs (PROTOCOL §5.7).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface WorkflowOperations extends RpcOperations {
    /** Approved executor key. */
    default ProcessGraph submitWorkflow(WorkflowSpec spec, PrivateKey executorKey) {
        return call(transport(), with(new WorkflowMessages.SubmitWorkflowSpec(), m -> m.spec = spec),
                executorKey, ProcessGraph.class);
    }

    /** Approved executor key. */
    default ProcessGraph processGraph(String processGraphId, PrivateKey executorKey) {
        return call(transport(), with(new WorkflowMessages.GetProcessGraph(), m -> m.processgraphid = processGraphId),
                executorKey, ProcessGraph.class);
    }

    /** Approved executor key (the colony owner is refused); newest first. */
    default List<ProcessGraph> processGraphs(String colonyId, int state, int count, PrivateKey executorKey) {
        return callList(transport(), with(new WorkflowMessages.GetProcessGraphs(), m -> {
            m.colonyid = colonyId;
            m.state = state;
            m.count = count;
        }), executorKey, ProcessGraph.class);
    }

    /** Approved executor key; deletes the graph and its processes. */
    default void deleteProcessGraph(String processGraphId, PrivateKey executorKey) {
        transport().call(with(new WorkflowMessages.DeleteProcessGraph(), m -> m.processgraphid = processGraphId),
                executorKey);
    }

    /** Colony owner key; -1 = every state. */
    default void deleteAllProcessGraphs(String colonyId, int state, PrivateKey colonyKey) {
        transport().call(with(new WorkflowMessages.DeleteAllProcessGraphs(), m -> {
            m.colonyid = colonyId;
            m.state = state;
        }), colonyKey);
    }

    /**
     * Key of the assignee of the running parent. With {@code insert} the child takes over the
     * parent's children; otherwise it is an extra child, optionally also a parent of {@code childProcessId}.
     */
    default Process addChild(String processGraphId, String parentProcessId, String childProcessId,
            FunctionSpec spec, boolean insert, PrivateKey executorKey) {
        return call(transport(), with(new WorkflowMessages.AddChild(), m -> {
            m.processgraphid = processGraphId;
            m.parentprocessid = parentProcessId;
            m.childprocessid = childProcessId == null ? "" : childProcessId;
            m.spec = spec;
            m.insert = insert;
        }), executorKey, Process.class);
    }

    /** Executor (any approved member) or colony owner key: every unfinished process of the graph ends CANCELLED. */
    default ProcessGraph cancelProcessGraph(String processGraphId, PrivateKey key) {
        return call(transport(), with(new WorkflowMessages.CancelProcessGraph(),
                m -> m.processgraphid = processGraphId), key, ProcessGraph.class);
    }
}
