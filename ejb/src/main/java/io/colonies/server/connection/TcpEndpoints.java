package io.colonies.server.connection;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Both ends of one TCP connection as the server sees it. Addresses are compared as
 * {@link InetAddress}, so an IPv4-mapped IPv6 address (::ffff:a.b.c.d) equals its IPv4 form, as
 * Java itself folds them.
 */
public record TcpEndpoints(InetAddress localAddress, int localPort, InetAddress remoteAddress, int remotePort) {

    /**
     * From the textual addresses a servlet request reports; null when they are not IP literals
     * (e.g. a host name substituted by a proxy header), since no lookup may happen here.
     */
    public static TcpEndpoints ofLiterals(String localAddress, int localPort, String remoteAddress, int remotePort) {
        InetAddress local = literal(localAddress);
        InetAddress remote = literal(remoteAddress);
        if (local == null || remote == null || localPort <= 0 || remotePort <= 0) {
            return null;
        }
        return new TcpEndpoints(local, localPort, remote, remotePort);
    }

    private static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || !(text.indexOf(':') >= 0 || isDottedQuad(text))) {
            return null;
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            return InetAddress.getByName(bare); // a literal: parsed, never resolved
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private static boolean isDottedQuad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return localAddress.getHostAddress() + ":" + localPort + " <- " + remoteAddress.getHostAddress() + ":" + remotePort;
    }
}
