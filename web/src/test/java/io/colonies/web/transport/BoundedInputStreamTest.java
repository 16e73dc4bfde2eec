package io.colonies.web.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The request body as the application reads it (issue 14, findings 1, 3 and 4). */
class BoundedInputStreamTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger faults = new AtomicInteger();

    @Test
    void aBodyWithinTheLimitPassesUnchanged() throws IOException {
        byte[] body = "{\"a\":1}".getBytes();
        assertArrayEquals(body, bounded(new ByteArrayInputStream(body), 7).readAllBytes());
        assertEquals(0, faults.get());
    }

    @Test
    void anEndlessBodyIsRefusedOnceItPassesTheLimitHavingReadOnlyOneByteMore() {
        CountingEndless endless = new CountingEndless();
        BoundedInputStream body = bounded(endless, 1000);
        TransportFault fault = assertThrows(TransportFault.class, body::readAllBytes);
        assertEquals(413, fault.status());
        assertEquals(1001, endless.served);
        assertEquals(1, faults.get());
        // Later reads keep failing the same way, without touching the connection.
        assertSame(fault, assertThrows(TransportFault.class, body::read));
        assertEquals(1001, endless.served);
        assertEquals(1, faults.get());
    }

    @Test
    void aBodyTrickledPastTheDeadlineIsRefusedAsTooSlow() throws IOException {
        InputStream trickle = new InputStream() {
            @Override
            public int read() {
                nanos.addAndGet(1_000_000_000L); // each byte takes a second
                return 'x';
            }
        };
        BoundedInputStream body = bounded(trickle, 1_000_000);
        byte[] one = new byte[1];
        for (int i = 0; i < 10; i++) {
            body.read(one, 0, 1);
        }
        TransportFault fault = assertThrows(TransportFault.class, () -> body.read(one, 0, 1));
        assertEquals(408, fault.status());
    }

    @Test
    void containerFramingErrorsAreMalformedRequests() {
        TransportFault eof = assertThrows(TransportFault.class, () -> bounded(failing(new EOFException("cut")), 100).read());
        assertEquals(400, eof.status());
        TransportFault chunk = assertThrows(TransportFault.class,
                () -> bounded(failing(new IOException("Illegal chunk length digit: 122")), 100).read());
        assertEquals(400, chunk.status());
        assertTrue(chunk.getMessage().contains("chunk"), chunk.getMessage());
        TransportFault parse = assertThrows(TransportFault.class,
                () -> bounded(failing(new NumberFormatException("For input string")), 100).read());
        assertEquals(400, parse.status());
        TransportFault slow = assertThrows(TransportFault.class,
                () -> bounded(failing(new SocketTimeoutException("timed out")), 100).read());
        assertEquals(408, slow.status());
    }

    @Test
    void theFaultIsFoundInsideWrappers() {
        TransportFault fault = TransportFault.tooLarge(10);
        assertSame(fault, TransportFault.find(new RuntimeException(new IllegalStateException(fault))));
        assertEquals(null, TransportFault.find(new RuntimeException("other")));
    }

    private BoundedInputStream bounded(InputStream in, long max) {
        return new BoundedInputStream(servlet(in), max, 10, nanos::get, faults::incrementAndGet);
    }

    private static InputStream failing(Exception e) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (e instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }
        };
    }

    private static final class CountingEndless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }

    private static ServletInputStream servlet(InputStream in) {
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }
}
