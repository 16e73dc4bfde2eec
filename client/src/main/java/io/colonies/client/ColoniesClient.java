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
    private volatile RestTransport eventRest;

    public ColoniesClient(ClientConfig config) {
        this(new RpcTransport(config));
    }

    public ColoniesClient(RpcTransport rpc) {
        this.rpc = rpc;
    }

    /** A client over RPC ({@code POST /api}), the protocol of the reference server. */
    public static ColoniesClient rpc(ClientConfig config) {
        return new ColoniesClient(config);
    }

    /** A client over the REST API {@code /v1}; operations REST lacks still use RPC ({@link RestColoniesClient}). */
    public static RestColoniesClient rest(ClientConfig config) {
        return new RestColoniesClient(config);
    }

    /** Event subscriptions (the REST SSE stream of the same server), so callers need not poll. */
    public ProcessEvents events() {
        return new ProcessEvents(eventTransport());
    }

    /** The REST transport used by {@link #events()}. */
    public RestTransport eventTransport() {
        RestTransport rest = eventRest;
        if (rest == null) {
            rest = new RestTransport(config());
            eventRest = rest;
        }
        return rest;
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
