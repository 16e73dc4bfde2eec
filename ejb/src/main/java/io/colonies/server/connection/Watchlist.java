package io.colonies.server.connection;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connections of waiting requests and what to do when one goes. A connection is only ever
 * declared gone after it was once seen ESTABLISHED in the table: a connection the table does not
 * show at registration (addresses rewritten by a proxy header, another network namespace) is
 * never dropped, so a mismatch cannot cost a live client its poll.
 */
final class Watchlist {
    private static final Logger LOG = Logger.getLogger(Watchlist.class.getName());
    /** {@link #stateNow} when the table could not be read. */
    private static final int UNREADABLE = -2;

    private final TcpTableSource source;
    private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
    private volatile boolean unmatchedLogged;

    Watchlist(TcpTableSource source) {
        this.source = source;
    }

    int size() {
        return entries.size();
    }

    /**
     * Starts watching; {@code onGone} runs once, on the sweeping thread or at once on this thread
     * when the connection is already gone.
     */
    ConnectionWatch.Watched watch(TcpEndpoints connection, Runnable onGone) {
        int state = stateNow(connection);
        if (state == TcpTable.ESTABLISHED) {
            Entry entry = new Entry(connection, onGone);
            entries.add(entry);
            return entry;
        }
        if (state == UNREADABLE) {
            return ConnectionWatch.UNWATCHED;
        }
        if (state == -1) {
            logUnmatchedOnce(connection);
            return ConnectionWatch.UNWATCHED;
        }
        // Seen, but already closing (CLOSE_WAIT and the like): the client has gone.
        Entry entry = new Entry(connection, onGone);
        entry.fire();
        return entry;
    }

    /** One pass over the table: every watched connection no longer ESTABLISHED is dropped. */
    int sweep() throws IOException {
        if (entries.isEmpty()) {
            return 0;
        }
        TcpTable table = source.read();
        int dropped = 0;
        for (Entry entry : entries) {
            if (table.stateOf(entry.connection) != TcpTable.ESTABLISHED) {
                entries.remove(entry);
                entry.fire();
                dropped++;
            }
        }
        return dropped;
    }

    private int stateNow(TcpEndpoints connection) {
        try {
            return source.read().stateOf(connection);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "TCP table unreadable", e);
            return UNREADABLE;
        }
    }

    private void logUnmatchedOnce(TcpEndpoints connection) {
        if (!unmatchedLogged) {
            unmatchedLogged = true;
            LOG.warning("Connection " + connection + " of a waiting request is not in the kernel's TCP table"
                    + " (a proxy header rewriting addresses?); such requests are not dropped when their client"
                    + " goes away. Logged once.");
        }
    }

    /** One watched connection. */
    private final class Entry implements ConnectionWatch.Watched {
        final TcpEndpoints connection;
        final Runnable onGone;
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
            int state = stateNow(connection);
            // An unreadable table errs towards delivering, as without this watch.
            return state == TcpTable.ESTABLISHED || state == UNREADABLE;
        }

        @Override
        public void cancel() {
            entries.remove(this);
        }
    }
}
