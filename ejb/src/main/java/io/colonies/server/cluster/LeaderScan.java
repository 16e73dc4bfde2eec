package io.colonies.server.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * A periodic scan that exactly one replica runs at a time, under the lease of the same name.
 * Implementations are {@code @Stateless @LocalBean @Local(LeaderScan.class)} beans: the explicit
 * {@code @Local} keeps this interface a business view next to the no-interface view, which is how the
 * {@link ScanTimer} finds them.
 */
public interface LeaderScan {
    String name();

    Duration period();

    /** Whether the scan is switched on at all (retention is off by default). */
    default boolean enabled() {
        return true;
    }

    /** Runs one pass in its own transaction; returns how many items changed, for logging. */
    int run(Instant now);
}
