package io.colonies.server.metrics;

import io.colonies.server.config.ColoniesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Which scan leases this replica holds ({@code colonies_server_scan_lease_held}: 1 on the holder, 0
 * elsewhere, per scan) and how long each pass takes ({@code colonies_server_scan}).
 */
@ApplicationScoped
public class ScanMetrics {
    public static final String LEASE_HELD = "colonies_server_scan_lease_held";
    public static final String SCAN = "colonies_server_scan";

    @Inject
    MetricRegistry registry;

    @Inject
    ColoniesConfig config;

    private final Map<String, AtomicInteger> held = new ConcurrentHashMap<>();

    /** Records whether this replica holds the scan's lease after this tick; returns {@code holds}. */
    public boolean leaseHeld(String scan, boolean holds) {
        held.computeIfAbsent(scan, name -> {
            AtomicInteger flag = new AtomicInteger();
            registry.gauge(LEASE_HELD, flag, AtomicInteger::get, new Tag("scan", name), new Tag("node", config.nodeName()));
            return flag;
        }).set(holds ? 1 : 0);
        return holds;
    }

    /** Runs one pass of the scan and times it, failed passes included. */
    public int timed(String scan, IntSupplier pass) {
        long started = System.nanoTime();
        try {
            return pass.getAsInt();
        } finally {
            registry.timer(SCAN, new Tag("scan", scan)).update(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
