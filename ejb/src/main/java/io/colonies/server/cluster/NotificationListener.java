package io.colonies.server.cluster;

import io.colonies.server.config.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Receives the process events of every replica over PostgreSQL LISTEN on a dedicated connection
 * (outside the pool, since it lives as long as the server) and hands each to the domain that owns its
 * channel ({@link ChannelListener}). One thread per replica, blocked in the driver until a notification arrives.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationListener {
    private static final Logger LOG = Logger.getLogger(NotificationListener.class.getName());
    private static final int POLL_MILLIS = 500;

    @Inject
    DatabaseSettings db;

    @Inject
    @Any
    Instance<ChannelListener> listeners;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;
    private final Map<String, ChannelListener> byChannel = new HashMap<>();

    @PostConstruct
    void start() {
        listeners.forEach(l -> byChannel.put(l.channel(), l));
        thread = threads.newThread(this::listen);
        thread.setName("colonies-listen");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try {
                connect();
                backoff = 100;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        deliver(n.getName(), n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.log(Level.WARNING, "LISTEN connection lost, reconnecting in " + backoff + " ms", e);
                    closeQuietly();
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 5000);
                }
            }
        }
    }

    private void deliver(String channel, String payload) {
        ChannelListener listener = byChannel.get(channel);
        try {
            if (listener != null) {
                listener.onNotification(payload);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not deliver notification on " + channel + ": " + payload, e);
        }
    }

    private void connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {db.host()});
        source.setPortNumbers(new int[] {db.port()});
        source.setDatabaseName(db.name());
        source.setUser(db.user());
        source.setPassword(db.password());
        source.setApplicationName("colonies-listen");
        source.setTcpKeepAlive(true);
        connection = source.getConnection();
        try (Statement s = connection.createStatement()) {
            for (String channel : byChannel.keySet()) {
                s.execute("LISTEN " + channel);
            }
        }
        byChannel.values().forEach(NotificationListener::resync);
    }

    private static void resync(ChannelListener listener) {
        try {
            listener.onReconnect();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resync " + listener.channel() + " after (re)connecting", e);
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection; nothing to do
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
