package io.colonies.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the server; inject {@link Clock} wherever time matters. */
@ApplicationScoped
public class ClockProducer {
    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Produces
    public Clock clock() {
        return clock;
    }

    public AdjustableClock adjustable() {
        return clock;
    }
}
