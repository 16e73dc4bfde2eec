package io.colonies.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every tunable of the server. Keys are the reference server's environment variable names so that
 * settings migrate unchanged; each default is a constant the README lists.
 */
@ApplicationScoped
public class ColoniesConfig {
    public static final String DEFAULT_SERVER_ID = "";
    public static final int DEFAULT_SERVER_PORT = 50080;
    public static final long DEFAULT_CRON_CHECKER_PERIOD_MS = 1000;
    public static final long DEFAULT_GENERATOR_CHECKER_PERIOD_MS = 1000;
    public static final boolean DEFAULT_ALLOW_EXECUTOR_REREGISTER = false;
    public static final boolean DEFAULT_RETENTION = false;
    public static final long DEFAULT_RETENTION_POLICY_SECONDS = 604800;
    public static final long DEFAULT_LEASE_TTL_MS = 5000;
    public static final int DEFAULT_MAX_LONG_POLL_SECONDS = 600;
    public static final boolean DEFAULT_TEST_CLOCK_CONTROL = false;
    public static final String DEFAULT_NODE_NAME = "";
    public static final int DEFAULT_MAX_ASSIGN_BATCH = 64;
    public static final int DEFAULT_MAX_CLOSE_BATCH = 256;

    @Inject
    @ConfigProperty(name = "COLONIES_SERVER_ID")
    Optional<String> serverId;

    @Inject
    @ConfigProperty(name = "COLONIES_SERVER_PORT", defaultValue = "" + DEFAULT_SERVER_PORT)
    int serverPort;

    @Inject
    @ConfigProperty(name = "COLONIES_CRON_CHECKER_PERIOD", defaultValue = "" + DEFAULT_CRON_CHECKER_PERIOD_MS)
    long cronCheckerPeriodMs;

    @Inject
    @ConfigProperty(name = "COLONIES_GENERATOR_CHECKER_PERIOD", defaultValue = "" + DEFAULT_GENERATOR_CHECKER_PERIOD_MS)
    long generatorCheckerPeriodMs;

    @Inject
    @ConfigProperty(name = "COLONIES_ALLOW_EXECUTOR_REREGISTER", defaultValue = "" + DEFAULT_ALLOW_EXECUTOR_REREGISTER)
    boolean allowExecutorReregister;

    @Inject
    @ConfigProperty(name = "COLONIES_RETENTION", defaultValue = "" + DEFAULT_RETENTION)
    boolean retention;

    @Inject
    @ConfigProperty(name = "COLONIES_RETENTION_POLICY", defaultValue = "" + DEFAULT_RETENTION_POLICY_SECONDS)
    long retentionPolicySeconds;

    @Inject
    @ConfigProperty(name = "COLONIES_LEASE_TTL_MS", defaultValue = "" + DEFAULT_LEASE_TTL_MS)
    long leaseTtlMs;

    @Inject
    @ConfigProperty(name = "COLONIES_MAX_LONG_POLL_SECONDS", defaultValue = "" + DEFAULT_MAX_LONG_POLL_SECONDS)
    int maxLongPollSeconds;

    @Inject
    @ConfigProperty(name = "COLONIES_MAX_ASSIGN_BATCH", defaultValue = "" + DEFAULT_MAX_ASSIGN_BATCH)
    int maxAssignBatch;

    @Inject
    @ConfigProperty(name = "COLONIES_MAX_CLOSE_BATCH", defaultValue = "" + DEFAULT_MAX_CLOSE_BATCH)
    int maxCloseBatch;

    @Inject
    @ConfigProperty(name = "COLONIES_TEST_CLOCK_CONTROL", defaultValue = "" + DEFAULT_TEST_CLOCK_CONTROL)
    boolean testClockControl;

    @Inject
    @ConfigProperty(name = "COLONIES_NODE_NAME")
    Optional<String> nodeName;

    public String serverId() {
        return serverId.orElse(DEFAULT_SERVER_ID).trim().toLowerCase();
    }

    public int serverPort() {
        return serverPort;
    }

    public long cronCheckerPeriodMs() {
        return cronCheckerPeriodMs;
    }

    public long generatorCheckerPeriodMs() {
        return generatorCheckerPeriodMs;
    }

    public boolean allowExecutorReregister() {
        return allowExecutorReregister;
    }

    public boolean retention() {
        return retention;
    }

    public Duration retentionPolicy() {
        return Duration.ofSeconds(retentionPolicySeconds);
    }

    public Duration leaseTtl() {
        return Duration.ofMillis(leaseTtlMs);
    }

    public int maxLongPollSeconds() {
        return maxLongPollSeconds;
    }

    /** Most processes one batch assign ({@code max}) may claim. */
    public int maxAssignBatch() {
        return maxAssignBatch;
    }

    /** Most closures one batch close may carry. */
    public int maxCloseBatch() {
        return maxCloseBatch;
    }

    public boolean testClockControl() {
        return testClockControl;
    }

    /** A stable name for this replica: configured, or host name plus port. */
    public String nodeName() {
        if (nodeName.isPresent() && !nodeName.get().isBlank()) {
            return nodeName.get();
        }
        return hostName() + ":" + serverPort;
    }

    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
