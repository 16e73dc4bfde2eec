package io.colonies.server.executor;

import io.colonies.model.core.Executor;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Executor use cases (PROTOCOL §5.3), the one entry point of RPC and REST. Each loads the executor,
 * checks the scope and the caller's role, and does the work in one container-managed transaction.
 */
@Stateless
public class Executors {
    @Inject
    Authorizer authorizer;

    @Inject
    ExecutorStore executors;

    @Inject
    FunctionStore functions;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessEvents events;

    @Inject
    ColoniesConfig config;

    @Inject
    Clock clock;

    /** Colony owner of the executor's colony. A registration is always pending. */
    public Executor add(Caller caller, Executor executor) {
        if (executor == null) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to add executor, executor is nil");
        }
        authorizer.requireColonyOwner(caller, executor.colonyid);
        if (executor.executorid == null || !executor.executorid.matches("[0-9a-f]{64}")) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executorid must be 64 lowercase hex characters");
        }
        if (executor.executorname == null || executor.executorname.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executorname is required");
        }
        if (executor.executortype == null || executor.executortype.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executortype is required");
        }
        ExecutorEntity sameName = executors.byName(executor.colonyid, executor.executorname);
        if (sameName != null) {
            if (!config.allowExecutorReregister()) {
                throw new ExecutorException(ErrorKind.CONFLICT, "Executor name must be unique");
            }
            remove(sameName);
        }
        if (executors.byId(executor.executorid) != null) {
            throw new ExecutorException(ErrorKind.CONFLICT, "Executor name must be unique");
        }
        ExecutorEntity entity = ExecutorEntity.register(executor, clock.instant());
        executors.insert(entity);
        return entity.toWire();
    }

    /** Members, approved or not, and the colony owner. */
    public List<Executor> list(Caller caller, ColonyId colony) {
        authorizer.requireMemberAnyStateOrOwner(caller, colony.value());
        return executors.ofColony(colony.value());
    }

    /** Approved members of the executor's colony. */
    public Executor get(Caller caller, ColonyScope scope, ExecutorId id) {
        ExecutorEntity executor = executors.inScope(scope, id);
        authorizer.requireMember(caller, executor.colonyId());
        return executor.toWire();
    }

    /** Colony owner. */
    public void approve(Caller caller, ColonyScope scope, ExecutorId id) {
        executors.changeState(requireOwned(caller, scope, id), Executor.APPROVED);
    }

    /** Colony owner. */
    public void reject(Caller caller, ColonyScope scope, ExecutorId id) {
        executors.changeState(requireOwned(caller, scope, id), Executor.REJECTED);
    }

    /** Colony owner. The executor's running processes go back to the queue. */
    public void delete(Caller caller, ColonyScope scope, ExecutorId id) {
        remove(requireOwned(caller, scope, id));
    }

    private void remove(ExecutorEntity executor) {
        // Its running work goes back to the queue so no process is stranded with a deleted assignee.
        processes.requeueRunningOf(executor.id()).forEach(events::publish);
        functions.deleteOfExecutor(executor.id());
        executors.remove(executor);
    }

    private ExecutorEntity requireOwned(Caller caller, ColonyScope scope, ExecutorId id) {
        ExecutorEntity executor = executors.inScope(scope, id);
        authorizer.requireColonyOwner(caller, executor.colonyId());
        return executor;
    }
}
