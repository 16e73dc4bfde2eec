package it.compat;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import it.support.RestClient;
import it.support.Rpc;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP request written on a plain socket and never read, so the test decides how the client
 * goes: {@link #close()} sends FIN (a client that gave up), {@link #reset()} an RST (a killed one
 * with unread data, or a cancelled context).
 */
final class RawRequest implements AutoCloseable {
    private final Socket socket;

    private RawRequest(Socket socket) {
        this.socket = socket;
    }

    /** An RPC {@code assignprocessmsg} long-poll. */
    static RawRequest rpcAssign(Rpc replica, String colonyId, PrivateKey executor, int timeoutSeconds) {
        AssignProcess assign = new AssignProcess();
        assign.colonyid = colonyId;
        assign.timeout = timeoutSeconds;
        String body = WireJson.toJson(Envelopes.signed(assign, executor));
        return send(replica.baseUrl(), "POST", "/api", body, "Content-Type: application/json\r\n");
    }

    /** A REST {@code POST /v1/colonies/{id}/assignments?timeout=…} long-poll. */
    static RawRequest restAssign(Rpc replica, String colonyId, PrivateKey executor, int timeoutSeconds) {
        String path = "/v1/colonies/" + colonyId + "/assignments?timeout=" + timeoutSeconds;
        RestSignature.Headers signed = new RestClient(replica).sign("POST", path, null, executor);
        String headers = RestSignature.SIGNATURE_HEADER + ": " + signed.signature() + "\r\n"
                + RestSignature.TIMESTAMP_HEADER + ": " + signed.timestamp() + "\r\n"
                + RestSignature.NONCE_HEADER + ": " + signed.nonce() + "\r\n"
                + "Accept: application/json\r\n";
        return send(replica.baseUrl(), "POST", path, "", headers);
    }

    private static RawRequest send(String baseUrl, String method, String path, String body, String headers) {
        URI base = URI.create(baseUrl);
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + headers + "Content-Length: " + content.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return new RawRequest(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Abortive close: the kernel sends RST and forgets the connection at once. */
    void reset() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
