package io.colonies.web.transport;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.function.LongSupplier;

/**
 * A request body that counts what it hands out: past the byte limit, or past the deadline for the
 * whole body, it throws a {@link TransportFault} at once, so nothing above it ever buffers more than
 * the limit. An I/O failure of the container's stream (bad chunk framing, a body cut short) is a
 * malformed request, not an internal error. The deadline counts from the first read, so a client
 * trickling one byte at a time cannot hold a thread longer than the read timeout.
 */
final class BoundedInputStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long maxBytes;
    private final int timeoutSeconds;
    private final LongSupplier nanoClock;
    private final Runnable onFault;
    private long count;
    private long startedNanos = -1;
    private TransportFault fault;

    BoundedInputStream(ServletInputStream body, long maxBytes, int timeoutSeconds, LongSupplier nanoClock, Runnable onFault) {
        this.body = body;
        this.maxBytes = maxBytes;
        this.timeoutSeconds = timeoutSeconds;
        this.nanoClock = nanoClock;
        this.onFault = onFault;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkHealthy();
        if (startedNanos < 0) {
            startedNanos = nanoClock.getAsLong();
        }
        int n;
        try {
            // Never ask for more than one byte past the limit: that byte is enough to refuse.
            n = body.read(buffer, offset, (int) Math.min(length, maxBytes - count + 1));
        } catch (TransportFault e) {
            throw refuse(e);
        } catch (SocketTimeoutException e) {
            throw refuse(TransportFault.tooSlow(timeoutSeconds));
        } catch (EOFException e) {
            throw refuse(TransportFault.malformed("the body ended before its declared length or last chunk", e));
        } catch (IOException e) {
            throw refuse(timedOut(e) ? TransportFault.tooSlow(timeoutSeconds) : TransportFault.malformed(describe(e), e));
        } catch (RuntimeException e) {
            // Some container parsers report a bad chunk size as a NumberFormatException or similar.
            throw refuse(TransportFault.malformed(describe(e), e));
        }
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                throw refuse(TransportFault.tooLarge(maxBytes));
            }
        }
        if (nanoClock.getAsLong() - startedNanos > timeoutSeconds * 1_000_000_000L && !body.isFinished()) {
            throw refuse(TransportFault.tooSlow(timeoutSeconds));
        }
        return n;
    }

    private void checkHealthy() throws TransportFault {
        if (fault != null) {
            throw fault;
        }
    }

    private TransportFault refuse(TransportFault refused) {
        if (fault == null) {
            fault = refused;
            onFault.run();
        }
        return fault;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    long count() {
        return count;
    }

    @Override
    public boolean isFinished() {
        return fault != null || body.isFinished();
    }

    @Override
    public boolean isReady() {
        return fault == null && body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return fault != null ? 0 : body.available();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
