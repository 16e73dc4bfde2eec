package io.colonies.server.connection;

import io.colonies.server.connection.TcpTableSource.Family;
import java.io.IOException;
import java.net.InetAddress;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connections of waiting requests and what to do when one goes.
 *
 * <p>Registering reads nothing (a table read costs milliseconds, and every long-poll registers);
 * the next sweep looks each new connection up. A connection is declared gone when the table shows
 * it in another state than ESTABLISHED, or no longer shows it although it, or another connection to
 * the same local address and port, was seen there before. A connection the table never matched on
 * that local endpoint (addresses rewritten by a proxy header, another network namespace) is let
 * go unwatched, so a mismatch cannot cost live clients their polls; that is logged once.
 */
final class Watchlist {
    private static final Logger LOG = Logger.getLogger(Watchlist.class.getName());

    private final TcpTableSource source;
    private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
    /** Local endpoints whose connections the table has shown, and in which family's table. */
    private final Map<LocalEndpoint, Family> matchable = new ConcurrentHashMap<>();
    private volatile boolean unmatchedLogged;

    Watchlist(TcpTableSource source) {
        this.source = source;
    }

    int size() {
        return entries.size();
    }

    /** Starts watching; {@code onGone} runs at most once, on the sweeping thread. */
    ConnectionWatch.Watched watch(TcpEndpoints connection, Runnable onGone) {
        Entry entry = new Entry(connection, onGone);
        entries.add(entry);
        return entry;
    }

    /** One pass: reads the tables the watched connections need, drops every one that has gone. */
    int sweep() throws IOException {
        if (entries.isEmpty()) {
            return 0;
        }
        Set<Family> needed = EnumSet.noneOf(Family.class);
        for (Entry entry : entries) {
            needed.addAll(familiesOf(entry.connection));
        }
        Map<Family, TcpTable> tables = new EnumMap<>(Family.class);
        for (Family family : needed) {
            tables.put(family, source.read(family));
        }
        int dropped = 0;
        for (Entry entry : entries) {
            Verdict verdict = judge(entry, tables);
            if (verdict == Verdict.GONE) {
                entries.remove(entry);
                entry.fire();
                dropped++;
            } else if (verdict == Verdict.UNMATCHED) {
                entries.remove(entry);
                logUnmatchedOnce(entry.connection);
            }
        }
        return dropped;
    }

    private enum Verdict { OPEN, GONE, UNMATCHED }

    private Verdict judge(Entry entry, Map<Family, TcpTable> tables) {
        LocalEndpoint local = LocalEndpoint.of(entry.connection);
        for (Map.Entry<Family, TcpTable> table : tables.entrySet()) {
            int state = table.getValue().stateOf(entry.connection);
            if (state == -1) {
                continue;
            }
            matchable.putIfAbsent(local, table.getKey());
            if (state == TcpTable.ESTABLISHED) {
                entry.seen = true;
                return Verdict.OPEN;
            }
            return Verdict.GONE; // CLOSE_WAIT and the like: the client has closed
        }
        // Not in the table: reset or fully closed, if this endpoint's connections show up at all.
        return entry.seen || matchable.containsKey(local) ? Verdict.GONE : Verdict.UNMATCHED;
    }

    private Set<Family> familiesOf(TcpEndpoints connection) {
        Family known = matchable.get(LocalEndpoint.of(connection));
        return known == null ? EnumSet.allOf(Family.class) : EnumSet.of(known);
    }

    private void logUnmatchedOnce(TcpEndpoints connection) {
        if (!unmatchedLogged) {
            unmatchedLogged = true;
            LOG.warning("Connection " + connection + " of a waiting request is not in the kernel's TCP table"
                    + " (a proxy header rewriting addresses?); such requests are not dropped when their client"
                    + " goes away. Logged once.");
        }
    }

    /** The server side of a connection: the address and port a client connected to. */
    private record LocalEndpoint(InetAddress address, int port) {
        static LocalEndpoint of(TcpEndpoints connection) {
            return new LocalEndpoint(connection.localAddress(), connection.localPort());
        }
    }

    /** One watched connection. */
    private final class Entry implements ConnectionWatch.Watched {
        final TcpEndpoints connection;
        final Runnable onGone;
        volatile boolean seen;
        volatile boolean gone;

        Entry(TcpEndpoints connection, Runnable onGone) {
            this.connection = connection;
            this.onGone = onGone;
        }

        void fire() {
            gone = true;
            try {
                onGone.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dropping the waiter of " + connection + " failed", e);
            }
        }

        @Override
        public boolean stillOpen() {
            if (gone) {
                return false;
            }
            Map<Family, TcpTable> tables = new EnumMap<>(Family.class);
            try {
                for (Family family : familiesOf(connection)) {
                    tables.put(family, source.read(family));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "TCP table unreadable; delivering as without a watch", e);
                return true;
            }
            return judge(this, tables) != Verdict.GONE;
        }

        @Override
        public void cancel() {
            entries.remove(this);
        }
    }
}
