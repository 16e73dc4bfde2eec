package it.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One HTTP exchange over a plain socket, for requests a well-behaved client cannot send. */
final class RawHttp implements AutoCloseable {
    /** What came back: the status line's code (0 if none), the raw head and body, and when it came. */
    record Answer(int status, String text, long millis) {
        /** The decoded RPC error envelope payload, or the problem+json body. */
        String detail() {
            int start = text.indexOf("\r\n\r\n");
            String body = start < 0 ? "" : text.substring(start + 4);
            int payload = body.indexOf("\"payload\":\"");
            if (body.contains("\"error\":true") && payload >= 0) {
                String b64 = body.substring(payload + 11, body.indexOf('"', payload + 11));
                return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            }
            return body;
        }

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    private final Socket socket;
    private final long started = System.nanoTime();
    private volatile CompletableFuture<Answer> answer = new CompletableFuture<>();

    RawHttp(String baseUrl, int readTimeoutMillis) throws IOException {
        URI uri = URI.create(baseUrl);
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(readTimeoutMillis);
        read(answer);
    }

    private void read(CompletableFuture<Answer> into) {
        Thread reader = new Thread(() -> readAnswer(into), "raw-http-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static String head(String method, String path, String... headers) {
        StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n");
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        return h.append("\r\n").toString();
    }

    OutputStream out() throws IOException {
        return socket.getOutputStream();
    }

    void send(String text) throws IOException {
        out().write(text.getBytes(StandardCharsets.ISO_8859_1));
        out().flush();
    }

    /** Ends the request side, as a client does that has nothing more to send. */
    void halfClose() throws IOException {
        socket.shutdownOutput();
    }

    boolean answered() {
        return answer.isDone();
    }

    Answer await(long seconds) throws Exception {
        return answer.get(seconds, TimeUnit.SECONDS);
    }

    /**
     * Sends another request on this connection once the first answer came, and waits for its answer:
     * status 0 when the server closed the connection instead.
     */
    Answer sendAgain(String text, long seconds) throws Exception {
        await(seconds);
        CompletableFuture<Answer> next = new CompletableFuture<>();
        answer = next;
        read(next);
        try {
            send(text);
        } catch (IOException e) {
            // closed by the server: the reader reports what (nothing) came
        }
        return await(seconds);
    }

    /** Reads until the server closes (or the read times out), recording when the first bytes arrived. */
    private void readAnswer(CompletableFuture<Answer> into) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long firstByte = -1;
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (firstByte < 0) {
                    firstByte = System.nanoTime();
                }
                got.write(buffer, 0, n);
                if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // answered below with what came, if anything
        } catch (IOException e) {
            // reset after the reply: keep what came
        }
        String text = got.toString(StandardCharsets.UTF_8);
        int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
        long at = firstByte < 0 ? System.nanoTime() : firstByte;
        into.complete(new Answer(status, text, (at - started) / 1_000_000));
    }

    /** A reply with Content-Length is complete once that many body bytes came. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int eol = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, eol < 0 ? head.length() : eol).trim());
        return text.getBytes(StandardCharsets.ISO_8859_1).length - end - 4 >= length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
