package it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.Rpc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are bounded at the transport (issue 14, finding 3): a 100 MB upload is refused with
 * 413 once it passes COLONIES_MAX_REQUEST_BYTES (16 MiB by default), before it is buffered whole, and
 * three at once leave the replica answering.
 */
@ExtendWith(ArquillianExtension.class)
class SizeLimitIT {
    private static final long LIMIT = 16L * 1024 * 1024;
    private static final long UPLOAD = 100L * 1024 * 1024;
    /** What may have left the client before the 413 arrived: the limit plus socket buffers on both sides. */
    private static final long SENT_BOUND = LIMIT + 24L * 1024 * 1024;
    private static final String REST_SUBMIT = "/v1/colonies/" + "a".repeat(64) + "/processes";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    record Upload(RawHttp.Answer answer, long sentBytes) {
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedQuicklyOnBothEndpoints() throws Exception {
        for (String path : List.of("/api", REST_SUBMIT)) {
            Upload upload = chunked(path, UPLOAD);
            System.out.printf("%s: 100 MB chunked -> %d after %d ms, %.1f MB sent%n", path,
                    upload.answer().status(), upload.answer().millis(), upload.sentBytes() / 1e6);
            assertEquals(413, upload.answer().status(), upload.answer().text());
            assertTrue(upload.sentBytes() < SENT_BOUND, "the server read " + upload.sentBytes() + " bytes before refusing");
            assertTrue(upload.answer().millis() < 10_000, "413 after " + upload.answer().millis() + " ms");
        }
        assertTrue(chunked("/api", UPLOAD).answer().detail().contains("\"status\":413"));
        assertTrue(chunked(REST_SUBMIT, UPLOAD).answer().text().contains("payload-too-large"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 30_000)) {
            http.send(RawHttp.head("POST", "/api", "Content-Length: " + UPLOAD));
            RawHttp.Answer answer = http.await(10);
            assertEquals(413, answer.status(), answer.text());
            assertTrue(answer.detail().contains("COLONIES_MAX_REQUEST_BYTES"), answer.detail());
        }
    }

    @Test
    void threeConcurrentHugeUploadsLeaveTheReplicaHealthy() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Upload>> uploads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                uploads.add(pool.submit(() -> chunked(REST_SUBMIT, UPLOAD)));
            }
            for (Future<Upload> upload : uploads) {
                Upload done = upload.get();
                System.out.printf("concurrent: %d after %d ms, %.1f MB sent%n", done.answer().status(),
                        done.answer().millis(), done.sentBytes() / 1e6);
                assertEquals(413, done.answer().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, Rpc.replicaA().get("/health").statusCode());
    }

    @Test
    void aBodyWithinTheLimitStillGetsThrough() throws Exception {
        // 1 MiB of JSON padding: not a valid envelope, so a 400, but read and parsed rather than refused.
        String body = "{\"payloadtype\":\"\",\"x\":\"" + "a".repeat(1024 * 1024) + "\"}";
        try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 30_000)) {
            http.send(RawHttp.head("POST", "/api", "Content-Length: " + body.length(), "Connection: close") + body);
            RawHttp.Answer answer = http.await(30);
            assertEquals(400, answer.status(), answer.text());
            assertTrue(answer.detail().contains("payloadtype is missing"), answer.detail());
        }
    }

    @Test
    void aWebSocketFrameOverTheLimitClosesTheSubscriptionWith1009() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(Rpc.replicaA().baseUrl()).getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /pubsub HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            String handshake = readHead(in);
            assertTrue(handshake.startsWith("HTTP/1.1 101"), handshake);
            int size = 2 * 1024 * 1024;
            java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
            frame.write(0x81); // FIN, text
            frame.write(0x80 | 127); // masked, 64-bit length
            frame.write(java.nio.ByteBuffer.allocate(8).putLong(size).array());
            frame.write(new byte[4]); // a zero mask keeps the payload as is
            out.write(frame.toByteArray());
            byte[] payload = new byte[size];
            Arrays.fill(payload, (byte) 'a');
            try {
                out.write(payload);
            } catch (IOException closedByServer) {
                // refused before the whole frame arrived
            }
            int opcode = in.read() & 0x0f;
            in.read(); // length of the close frame's payload
            int code = (in.read() << 8) | in.read();
            assertEquals(8, opcode, "expected a close frame");
            assertEquals(1009, code, "expected close code 1009 (message too big)");
        }
    }

    private static String readHead(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }

    /** Streams {@code total} bytes as 64 KiB chunks until the server answers or closes. */
    static Upload chunked(String path, long total) throws Exception {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 60_000)) {
            http.send(RawHttp.head("POST", path, "Transfer-Encoding: chunked"));
            OutputStream out = http.out();
            try {
                out.write("7\r\n{\"x\":\"a\r\n".getBytes(StandardCharsets.US_ASCII));
                while (sent < total && !http.answered()) {
                    out.write(size);
                    out.write(block);
                    out.write(crlf);
                    sent += block.length;
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server refused and closed while we were still sending: expected
            }
            return new Upload(http.await(60), sent);
        }
    }
}
