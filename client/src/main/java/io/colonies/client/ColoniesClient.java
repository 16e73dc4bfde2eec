package io.colonies.client;

/**
 * One typed method per RPC message of PROTOCOL §5 (the WebSocket subscriptions excepted), as one flat
 * facade over the call families, one per domain: {@link ServerOperations}, {@link ColonyOperations},
 * {@link ExecutorOperations} (with the function registry), {@link ProcessOperations} (with attributes),
 * {@link WorkflowOperations}, {@link GeneratorOperations} and {@link CronOperations}. Every call takes
 * the key that signs it; the javadoc names the role the server expects (§3.2). Thread-safe.
 *
 * @see ColoniesException for error replies
 * @see ServerUnreachableException when the server cannot be reached
 */
public class ColoniesClient implements ServerOperations, ColonyOperations, ExecutorOperations, ProcessOperations,
        WorkflowOperations, GeneratorOperations, CronOperations, LogOperations {
    private final RpcTransport rpc;

    public ColoniesClient(ClientConfig config) {
        this(new RpcTransport(config));
    }

    public ColoniesClient(RpcTransport rpc) {
        this.rpc = rpc;
    }

    public static ColoniesClient fromEnv() {
        return new ColoniesClient(ClientConfig.fromEnv());
    }

    public ClientConfig config() {
        return rpc.config();
    }

    @Override
    public RpcTransport transport() {
        return rpc;
    }
}
