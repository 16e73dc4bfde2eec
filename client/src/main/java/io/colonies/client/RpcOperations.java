package io.colonies.client;

/**
 * What every family of calls builds on: the transport that signs and sends. The families
 * ({@link ProcessOperations}, {@link WorkflowOperations}, ...) are interfaces with default methods so
 * that {@link ColoniesClient} can offer all of them as one flat facade while each lives in its own file.
 */
public interface RpcOperations {
    RpcTransport transport();
}
