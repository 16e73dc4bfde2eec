package io.colonies.web.pubsub;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a subscription the way the reference does: the TCP connection is shut without a WebSocket
 * close frame. Clients that read one frame and take a clean close for an answer (the Python SDK's
 * {@code wait()}) then get a connection error instead of a silent empty read.
 *
 * <p>Jakarta WebSocket has no abort, and {@link Session#close} always sends a close frame. On
 * Open Liberty the socket is reached through its implementation (session → SessionImpl →
 * WsocConnLink → TCP connection → SocketIOChannel → Socket); both directions are shut down, which
 * sends FIN at once and makes Liberty read end-of-stream and release the session itself. Should
 * that path not exist (another container or Liberty version), the session is closed with code 1011
 * instead, and the first such abort logs a warning.
 */
final class ConnectionAbort {
    private static final Logger LOG = Logger.getLogger(ConnectionAbort.class.getName());
    private static volatile boolean fallbackLogged;

    private ConnectionAbort() {
    }

    static void abort(Session session) {
        Socket socket = socketOf(session);
        if (socket != null) {
            try {
                socket.shutdownOutput();
                socket.shutdownInput();
                return;
            } catch (IOException e) {
                LOG.log(Level.FINE, "shutting the subscription socket failed; closing instead", e);
            }
        } else if (!fallbackLogged) {
            fallbackLogged = true;
            LOG.warning("Cannot reach the TCP socket of a /pubsub session on this container: expired and refused"
                    + " subscriptions end with a close frame (1011) instead of a dropped connection. Logged once.");
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "subscription ended"));
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** Liberty's socket behind a session, or null. */
    static Socket socketOf(Session session) {
        try {
            Object impl = call(session, "getSessionImpl");
            Object link = field(impl, "connLink");
            Object tcp = field(link, "tcpConnection");
            Object channel = call(tcp, "getSocketIOChannel");
            Object socket = call(channel, "getSocket");
            return socket instanceof Socket s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "no socket behind " + session.getClass().getName(), e);
            return null;
        }
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    m.setAccessible(true);
                    return require(m.invoke(target), name);
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    f.setAccessible(true);
                    return require(f.get(target), name);
                }
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + name);
    }

    private static Object require(Object value, String name) throws ReflectiveOperationException {
        if (value == null) {
            throw new ReflectiveOperationException(name + " is null");
        }
        return value;
    }
}
