package io.colonies.server.connection;

import io.colonies.server.connection.TcpTableSource.Family;
import java.io.IOException;
import java.net.InetAddress;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 *
 * <p>With a {@link ConnectionProbe} each connection is looked up on its own (microseconds), and the
 * tables are read only when the probe fails; so the last look before a hand-over costs no table walk.
 */
final class Watchlist {
    private static final Logger LOG = Logger.getLogger(Watchlist.class.getName());

    private final TcpTableSource source;
    private final ConnectionProbe probe;
    private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
    /** Local endpoints whose connections the table has shown, and in which family's table. */
    private final Map<LocalEndpoint, Family> matchable = new ConcurrentHashMap<>();
    /** Local endpoints whose connections the probe has found. */
    private final Set<LocalEndpoint> probedMatchable = ConcurrentHashMap.newKeySet();
    private volatile boolean unmatchedLogged;

    Watchlist(TcpTableSource source) {
        this(source, null);
    }

    /** As above, looking connections up one by one through {@code probe} when it is not null. */
    Watchlist(TcpTableSource source, ConnectionProbe probe) {
        this.source = source;
        this.probe = probe;
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
        Map<Entry, Verdict> probed = probeAll();
        if (probed != null) {
            int dropped = 0;
            for (Map.Entry<Entry, Verdict> verdict : probed.entrySet()) {
                dropped += settle(verdict.getKey(), verdict.getValue());
            }
            return dropped;
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
            dropped += settle(entry, judge(entry, tables));
        }
        return dropped;
    }

    /** Acts on a verdict; 1 when the entry was dropped as gone. */
    private int settle(Entry entry, Verdict verdict) {
        if (verdict == Verdict.GONE) {
            entries.remove(entry);
            entry.fire();
            return 1;
        }
        if (verdict == Verdict.UNMATCHED) {
            entries.remove(entry);
            logUnmatchedOnce(entry.connection);
        }
        return 0;
    }

    /** Every entry's verdict from the probe, or null (no probe, or it failed: read the tables instead). */
    private Map<Entry, Verdict> probeAll() {
        if (probe == null) {
            return null;
        }
        Map<Entry, Verdict> verdicts = new LinkedHashMap<>();
        try {
            for (Entry entry : entries) {
                verdicts.put(entry, judge(entry, probe.stateOf(entry.connection)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "connection probe failed; reading the TCP tables", e);
            return null;
        }
        return verdicts;
    }

    /** As {@link #judge(Entry, Map)}, for a state the probe found (-1: no such connection). */
    private Verdict judge(Entry entry, int state) {
        LocalEndpoint local = LocalEndpoint.of(entry.connection);
        if (state == TcpTable.ESTABLISHED) {
            probedMatchable.add(local);
            entry.seen = true;
            return Verdict.OPEN;
        }
        if (state != -1) {
            probedMatchable.add(local);
            return Verdict.GONE;
        }
        return entry.seen || probedMatchable.contains(local) || matchable.containsKey(local)
                ? Verdict.GONE : Verdict.UNMATCHED;
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
        return entry.seen || matchable.containsKey(local) || probedMatchable.contains(local)
                ? Verdict.GONE : Verdict.UNMATCHED;
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
            if (probe != null) {
                try {
                    return judge(this, probe.stateOf(connection)) != Verdict.GONE;
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "connection probe failed; reading the TCP tables", e);
                }
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
