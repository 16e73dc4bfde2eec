package io.colonies.server.connection;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Linux netlink {@code sock_diag} interface (what {@code ss} uses), asked for one exact
 * connection: the kernel answers from a hash lookup, in microseconds, instead of the milliseconds a
 * read of {@code /proc/net/tcp6} spends walking its whole connection hash. libc is called through
 * JNA; where that or the netlink family is missing, {@link #open()} returns null and the watch
 * reads the tables as before.
 *
 * <p>Message layout (linux/netlink.h, linux/inet_diag.h): a 16-byte {@code nlmsghdr} in host order,
 * then an {@code inet_diag_req_v2} whose {@code inet_diag_sockid} has ports and addresses in network
 * order. The reply is an {@code inet_diag_msg} (state in its second byte) or an {@code NLMSG_ERROR}.
 * An exact lookup falls back to the listening socket when the connection itself has gone, so LISTEN
 * counts as "no such connection".
 */
final class SockDiag implements ConnectionProbe {
    private static final Logger LOG = Logger.getLogger(SockDiag.class.getName());

    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_NETLINK = 16;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int NETLINK_SOCK_DIAG = 4;
    private static final int IPPROTO_TCP = 6;
    private static final int SOCK_DIAG_BY_FAMILY = 20;
    private static final int NLMSG_ERROR = 2;
    private static final int NLM_F_REQUEST = 1;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int ENOENT = 2;
    private static final int REQUEST_LENGTH = 16 + 56;

    /** The libc calls used; size_t is a 64-bit long on the LP64 Linux this runs on. */
    interface LibC extends Library {
        int socket(int domain, int type, int protocol);

        long send(int fd, byte[] buffer, long length, int flags);

        long recv(int fd, byte[] buffer, long length, int flags);

        int close(int fd);
    }

    private final LibC libc;

    private SockDiag(LibC libc) {
        this.libc = libc;
    }

    /**
     * A working probe, or null. Working means: it finds a loopback connection made for the purpose
     * ESTABLISHED, and no longer finds it after it closed, so byte order and layout are proven.
     */
    static SockDiag open() {
        if (!System.getProperty("os.name", "").toLowerCase().startsWith("linux") || Native.SIZE_T_SIZE != 8) {
            return null;
        }
        try {
            SockDiag probe = new SockDiag(Native.load("c", LibC.class));
            return probe.selfTest() ? probe : null;
        } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError: no native support here
            LOG.log(Level.FINE, "netlink sock_diag is not usable", e);
            return null;
        }
    }

    private boolean selfTest() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        TcpEndpoints connection;
        try (ServerSocket listener = new ServerSocket(0, 1, loopback);
             Socket client = new Socket()) {
            client.connect(new InetSocketAddress(loopback, listener.getLocalPort()), 2000);
            try (Socket accepted = listener.accept()) {
                connection = new TcpEndpoints(loopback, listener.getLocalPort(), loopback, client.getLocalPort());
                if (stateOf(connection) != TcpTable.ESTABLISHED) {
                    return false;
                }
            }
        }
        return stateOf(connection) != TcpTable.ESTABLISHED;
    }

    @Override
    public int stateOf(TcpEndpoints connection) throws IOException {
        byte[] request = request(connection);
        int fd = libc.socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        if (fd < 0) {
            throw new IOException("netlink socket: errno " + Native.getLastError());
        }
        try {
            if (libc.send(fd, request, request.length, 0) != request.length) {
                throw new IOException("netlink send: errno " + Native.getLastError());
            }
            // The kernel answers an exact lookup while handling the send, so the reply is queued already.
            byte[] reply = new byte[1024];
            long length = libc.recv(fd, reply, reply.length, MSG_DONTWAIT);
            if (length < 20) {
                throw new IOException("netlink recv: " + length + " bytes, errno " + Native.getLastError());
            }
            return stateIn(ByteBuffer.wrap(reply, 0, (int) length).order(ByteOrder.nativeOrder()));
        } finally {
            libc.close(fd);
        }
    }

    private static byte[] request(TcpEndpoints connection) {
        boolean v4 = connection.localAddress() instanceof Inet4Address
                && connection.remoteAddress() instanceof Inet4Address;
        ByteBuffer out = ByteBuffer.allocate(REQUEST_LENGTH).order(ByteOrder.nativeOrder());
        out.putInt(REQUEST_LENGTH).putShort((short) SOCK_DIAG_BY_FAMILY).putShort((short) NLM_F_REQUEST)
                .putInt(1).putInt(0);
        out.put((byte) (v4 ? AF_INET : AF_INET6)).put((byte) IPPROTO_TCP).put((byte) 0).put((byte) 0);
        out.putInt(-1); // every state
        out.order(ByteOrder.BIG_ENDIAN)
                .putShort((short) connection.localPort()).putShort((short) connection.remotePort());
        putAddress(out, connection.localAddress());
        putAddress(out, connection.remoteAddress());
        out.order(ByteOrder.nativeOrder()).putInt(0).putInt(-1).putInt(-1); // any interface, no cookie
        return out.array();
    }

    /** 16 bytes: an IPv4 address in the first four, as the kernel reads {@code idiag_src[0]}. */
    private static void putAddress(ByteBuffer out, InetAddress address) {
        byte[] raw = address.getAddress();
        out.put(raw);
        out.put(new byte[16 - raw.length]);
    }

    private static int stateIn(ByteBuffer reply) throws IOException {
        int type = reply.getShort(4) & 0xFFFF;
        if (type == NLMSG_ERROR) {
            int error = -reply.getInt(16);
            if (error == ENOENT) {
                return -1;
            }
            throw new IOException("sock_diag: errno " + error);
        }
        if (type != SOCK_DIAG_BY_FAMILY) {
            throw new IOException("sock_diag: unexpected message type " + type);
        }
        int state = reply.get(17) & 0xFF;
        return state == TcpTable.LISTEN ? -1 : state;
    }
}
