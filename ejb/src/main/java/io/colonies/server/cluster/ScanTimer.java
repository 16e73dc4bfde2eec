package io.colonies.server.cluster;

import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.metrics.ScanMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one timer of each replica. Every tick of a scan first takes or renews that scan's lease; only
 * the holder runs it, so with any number of replicas each scan runs on exactly one at a time, and a
 * dead holder's scans move to another replica once its lease expires.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScanTimer {
    private static final Logger LOG = Logger.getLogger(ScanTimer.class.getName());
    private static final String HEARTBEAT = "heartbeat";

    @Resource
    TimerService timerService;

    @Inject
    Instance<LeaderScan> scans;

    @Inject
    LeaseService leases;

    @Inject
    ClusterService cluster;

    @Inject
    ColoniesConfig config;

    @Inject
    Clock clock;

    @Inject
    ScanMetrics scanMetrics;

    private final Map<String, LeaderScan> byName = new HashMap<>();
    private final Map<String, Boolean> busy = new ConcurrentHashMap<>();
    private volatile Instant standbyUntil = Instant.MIN;

    @PostConstruct
    void schedule() {
        for (LeaderScan scan : scans) {
            if (scan.enabled()) {
                byName.put(scan.name(), scan);
                long period = scan.period().toMillis();
                timerService.createIntervalTimer(period, period, new TimerConfig(scan.name(), false));
            }
        }
        timerService.createIntervalTimer(0, 1000, new TimerConfig(HEARTBEAT, false));
        LOG.info(() -> "Replica " + config.nodeName() + " schedules scans " + byName.keySet());
    }

    @Timeout
    void tick(Timer timer) {
        String name = (String) timer.getInfo();
        if (busy.putIfAbsent(name, Boolean.TRUE) != null) {
            return; // the previous pass is still running; skip rather than pile up
        }
        try {
            if (HEARTBEAT.equals(name)) {
                cluster.heartbeat();
            } else if (scanMetrics.leaseHeld(name, Instant.now().isAfter(standbyUntil)
                    && leases.tryAcquire(name, config.nodeName(), config.leaseTtl()))) {
                scanMetrics.timed(name, () -> byName.get(name).run(clock.instant()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scan " + name + " failed; it runs again on the next tick", e);
        } finally {
            busy.remove(name);
        }
    }

    /**
     * Gives up every lease and takes none for a while, as if this replica had stopped scanning.
     * Only reachable through the test-support endpoint.
     */
    public void standby(java.time.Duration duration) {
        standbyUntil = Instant.now().plus(duration);
        for (String name : byName.keySet()) {
            leases.release(name, config.nodeName());
        }
    }

    public String nodeName() {
        return config.nodeName();
    }
}
