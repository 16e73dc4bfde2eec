package io.colonies.bench;

/**
 * One REST round trip; like {@link RpcResponse}, the timestamps bracket only the HTTP exchange, not
 * the signing before it.
 */
record RestResponse(int status, String body, long sentNanos, long receivedNanos) {

    long nanos() {
        return receivedNanos - sentNanos;
    }

    /** For error messages: the status and the (problem+json) body. */
    String describe() {
        return "HTTP " + status + " " + body;
    }
}
