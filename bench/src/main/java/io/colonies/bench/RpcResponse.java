package io.colonies.bench;

/**
 * One RPC round trip as the harness sees it. The two timestamps bracket only the HTTP exchange
 * (signing happens before {@code sentNanos}), so latencies are server + network time, while rates
 * measured over wall time include the client's own signing cost.
 */
record RpcResponse(int status, boolean error, String payloadJson, long sentNanos, long receivedNanos) {

    boolean ok() {
        return !error;
    }

    long nanos() {
        return receivedNanos - sentNanos;
    }

    /** For error messages: the decoded failure JSON already carries status and text. */
    String describe() {
        return "HTTP " + status + " " + payloadJson;
    }
}
