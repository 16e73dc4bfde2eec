package io.colonies.server.connection;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops waiting requests whose client has gone. Liberty reports neither a disconnect nor an error
 * for a suspended request whose client closed the connection, and a probe write into such a socket
 * succeeds locally; the kernel knows, though: the server side of a connection the client closed
 * sits in CLOSE_WAIT, and a reset one is gone from the table. So every
 * {@value #SWEEP_KEY} ms (default {@value #DEFAULT_SWEEP_MS}) the watched connections are looked up
 * in the kernel, and any no longer ESTABLISHED is reported gone. Each connection is looked up on its
 * own through netlink sock_diag where that works (a hash lookup: the check before every hand-over is
 * then cheap); otherwise the whole TCP table is read. Where neither works (not Linux, no /proc)
 * nothing is watched, and start-up logs so.
 */
@ApplicationScoped
public class ConnectionWatch {
    public static final String SWEEP_KEY = "COLONIES_CONNECTION_SWEEP_MS";
    public static final long DEFAULT_SWEEP_MS = 500;
    private static final Logger LOG = Logger.getLogger(ConnectionWatch.class.getName());

    /** A registration; {@link #stillOpen} looks again in the table, for the last check before a hand-over. */
    public interface Watched {
        boolean stillOpen();

        void cancel();
    }

    /** What unwatched requests get: always open, as without this class. */
    public static final Watched UNWATCHED = new Watched() {
        @Override
        public boolean stillOpen() {
            return true;
        }

        @Override
        public void cancel() {
        }
    };

    @Inject
    @ConfigProperty(name = SWEEP_KEY, defaultValue = "" + DEFAULT_SWEEP_MS)
    long sweepMs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Watchlist watchlist;
    private ScheduledFuture<?> sweeping;

    /** Created at start-up so the capability is logged then, not at the first long-poll. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // touching the bean is enough; @PostConstruct does the work
    }

    @PostConstruct
    void init() {
        TcpTableSource source = new ProcNetTcp();
        if (sweepMs <= 0) {
            LOG.info("Vanished long-poll clients are not detected: " + SWEEP_KEY + " is " + sweepMs
                    + "; a claimed process is released only when the container reports the failed delivery");
            return;
        }
        ConnectionProbe probe = SockDiag.open();
        if (!source.available() && probe == null) {
            LOG.warning("Vanished long-poll clients are not detected: the kernel TCP table (/proc/net/tcp)"
                    + " cannot be read on this system; a claimed process is released only when the container"
                    + " reports the failed delivery, otherwise when its maxexectime passes");
            return;
        }
        watchlist = new Watchlist(source, probe);
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, sweepMs, sweepMs, TimeUnit.MILLISECONDS);
        LOG.info("Vanished long-poll clients are detected every " + sweepMs + " ms and before each hand-over, "
                + (probe != null ? "by netlink sock_diag lookups of each connection"
                : "from /proc/net/tcp and /proc/net/tcp6 (no sock_diag: each look walks the kernel's table)"));
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    /**
     * Watches the connection of a waiting request; {@code onGone} runs once, from a sweep, if it
     * leaves ESTABLISHED. A null connection (not known, not an IP literal) is not watched.
     */
    public Watched watch(TcpEndpoints connection, Runnable onGone) {
        if (watchlist == null || connection == null) {
            return UNWATCHED;
        }
        return watchlist.watch(connection, onGone);
    }

    /** Connections watched now, for monitoring and tests. */
    public int watched() {
        return watchlist == null ? 0 : watchlist.size();
    }

    private void sweep() {
        try {
            watchlist.sweep();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Sweeping waiting connections failed; trying again in " + sweepMs + " ms", e);
        }
    }
}
