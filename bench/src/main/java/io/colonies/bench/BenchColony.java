package io.colonies.bench;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Executor;
import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ExecutorMessages.AddExecutor;
import io.colonies.model.rpc.ExecutorMessages.ApproveExecutor;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A colony the harness owns for one scenario run: created with the server owner key, populated with
 * approved executors (registered and approved with the colony key, PROTOCOL §6.11), and deleted
 * afterwards so repeated runs do not grow the database the next run measures.
 */
final class BenchColony implements AutoCloseable {
    private final RpcClient rpc;
    private final RestSender rest;
    private final PrivateKey serverKey;
    private final PrivateKey key;

    private BenchColony(RpcClient rpc, PrivateKey serverKey, PrivateKey key) {
        this.rpc = rpc;
        this.rest = new RestSender(rpc);
        this.serverKey = serverKey;
        this.key = key;
    }

    static BenchColony create(RpcClient rpc, PrivateKey serverKey, String purpose) {
        PrivateKey key = PrivateKey.generate();
        AddColony add = new AddColony();
        add.colony = new Colony(key.id(), "bench-" + purpose + "-" + UUID.randomUUID());
        expectOk(rpc.send(add, serverKey), "adding colony");
        return new BenchColony(rpc, serverKey, key);
    }

    String id() {
        return key.id();
    }

    RpcClient rpc() {
        return rpc;
    }

    RestSender rest() {
        return rest;
    }

    /** A registered and approved executor of {@code type}. */
    BenchExecutor executor(String type) {
        PrivateKey executorKey = PrivateKey.generate();
        AddExecutor add = new AddExecutor();
        add.executor = new Executor();
        add.executor.executorid = executorKey.id();
        add.executor.executortype = type;
        add.executor.executorname = type + "-" + UUID.randomUUID();
        add.executor.colonyid = id();
        expectOk(rpc.send(add, key), "adding executor");
        ApproveExecutor approve = new ApproveExecutor();
        approve.executorid = executorKey.id();
        expectOk(rpc.send(approve, key), "approving executor");
        return new BenchExecutor(this, executorKey, type);
    }

    List<BenchExecutor> executors(String type, int count) {
        List<BenchExecutor> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(executor(type));
        }
        return list;
    }

    /** Deletes the colony with everything in it; a long timeout because that may be many rows. */
    @Override
    public void close() {
        DeleteColony delete = new DeleteColony();
        delete.colonyid = id();
        RpcResponse reply = rpc.send(delete, serverKey, Duration.ofMinutes(5));
        if (!reply.ok()) {
            Log.info("could not delete colony " + id() + ": " + reply.describe());
        }
    }

    static RpcResponse expectOk(RpcResponse reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " failed: " + reply.describe());
        }
        return reply;
    }
}
