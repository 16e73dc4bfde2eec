package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.security.PrivateKey;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An open SSE stream of a REST event path, read line by line on a daemon thread. */
public final class SseStream implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
    }

    /** Opens {@code path} (with its query) signed by {@code key}; returns once ": subscribed" arrived. */
    public static SseStream open(RestClient rest, String path, PrivateKey key) throws InterruptedException {
        SseStream sse = new SseStream(rest.stream(path, key));
        assertEquals(200, sse.response.statusCode(), path);
        Thread reader = new Thread(() -> {
            Iterator<String> it = sse.response.body().iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (!line.isEmpty()) {
                    sse.lines.add(line); // blank lines only separate events
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
        String first = sse.lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(first != null && first.contains("subscribed"), "subscribed comment: " + first);
        return sse;
    }

    /** The next event as {name, data}. */
    public String[] nextEvent() throws InterruptedException {
        String name = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line != null && line.startsWith("data:") && name != null) {
                return new String[] {name, line.substring(5).trim()};
            }
        }
        throw new AssertionError("no event within " + WAIT_SECONDS + " s");
    }

    /** The next attribute-added or attribute-removed event; process events of the same stream are skipped. */
    public String[] nextAttributeEvent() throws InterruptedException {
        String[] event = nextEvent();
        while (!event[0].startsWith("attribute-")) {
            event = nextEvent();
        }
        return event;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
