package io.colonies.server.executor;

import io.colonies.model.core.Function;
import io.colonies.model.security.Hashes;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Function-registry use cases (PROTOCOL §5.4), the one entry point of RPC and REST: approved members
 * register and remove their own functions, and read those of their colony.
 */
@Stateless
public class Functions {
    /** As for cron and generator names (SpecRules.MAX_NAME_LENGTH). */
    static final int MAX_FUNCNAME_LENGTH = 256;

    @Inject
    Authorizer authorizer;

    @Inject
    FunctionStore functions;

    @Inject
    ExecutorStore executors;

    /** An approved member, for itself. */
    public Function add(Caller caller, Function fun) {
        if (fun == null) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to add function, msg.Function is nil");
        }
        authorizer.requireMember(caller, fun.colonyid);
        if (!caller.id().equals(fun.executorid)) {
            throw new ExecutorException(ErrorKind.FORBIDDEN, "Not allowed to add a function to another executor");
        }
        if (fun.funcname == null || fun.funcname.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "fun.funcname is required");
        }
        if (fun.funcname.length() > MAX_FUNCNAME_LENGTH) {
            // an index row over 8191 bytes would fail in PostgreSQL as a 5xx
            throw new ExecutorException(ErrorKind.BAD_REQUEST,
                    "fun.funcname is longer than the maximum of " + MAX_FUNCNAME_LENGTH + " characters");
        }
        if (functions.exists(fun.executorid, fun.funcname)) {
            throw new ExecutorException(ErrorKind.CONFLICT, "Function already exists");
        }
        FunctionEntity entity = FunctionEntity.from(fun, Hashes.randomId());
        functions.insert(entity);
        return entity.toWire();
    }

    /** Approved members: every function of the colony. */
    public List<Function> ofColony(Caller caller, ColonyId colony) {
        authorizer.requireMember(caller, colony.value());
        return functions.ofColony(colony.value());
    }

    /** Approved members of the executor's colony: the functions that executor registered. */
    public List<Function> ofExecutor(Caller caller, ColonyScope scope, ExecutorId executorId) {
        ExecutorEntity executor = executors.inScope(scope, executorId);
        authorizer.requireMember(caller, executor.colonyId());
        return functions.ofExecutor(executorId.value());
    }

    /** The approved member that registered it. */
    public void delete(Caller caller, ColonyScope scope, String functionId) {
        if (functionId == null || functionId.isEmpty()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to delete function, msg.FunctionID is empty");
        }
        FunctionEntity f = functions.byId(functionId);
        if (f == null) {
            throw new ExecutorException(ErrorKind.NOT_FOUND, "Function not found");
        }
        scope.require(f.colonyId(), "Function " + functionId);
        authorizer.requireMember(caller, f.colonyId());
        if (!f.executorId().equals(caller.id())) {
            throw new ExecutorException(ErrorKind.FORBIDDEN, "Not allowed to delete a function of another executor");
        }
        functions.remove(f);
    }
}
