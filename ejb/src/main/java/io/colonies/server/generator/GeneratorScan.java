package io.colonies.server.generator;

import io.colonies.server.cluster.LeaderScan;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.generator.GeneratorStore.Pending;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The generator checker, run by the lease holder every {@code COLONIES_GENERATOR_CHECKER_PERIOD} ms.
 * It only picks candidates; {@link GeneratorFiring} re-decides under the generator's row lock, so a
 * second replica scanning at the same time finds nothing left to do.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GeneratorScan implements LeaderScan {
    private static final Logger LOG = Logger.getLogger(GeneratorScan.class.getName());

    @Inject
    GeneratorStore store;

    @Inject
    GeneratorFiring firing;

    @Inject
    ColoniesConfig config;

    @Override
    public String name() {
        return "generators";
    }

    @Override
    public Duration period() {
        return Duration.ofMillis(config.generatorCheckerPeriodMs());
    }

    @Override
    public int run(Instant now) {
        int submitted = 0;
        for (Pending p : store.pending()) {
            if (GeneratorTrigger.batches(p.generator(), p.queued(), now, 1).isEmpty()) {
                continue;
            }
            try {
                submitted += firing.fire(p.generator().generatorid, now);
            } catch (ColoniesException e) {
                // Nothing was consumed; the args stay queued and the next tick tries again.
                LOG.warning(() -> "Generator " + p.generator().generatorid + " failed to submit: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Generator " + p.generator().generatorid + " failed to submit", e);
            }
        }
        return submitted;
    }
}
