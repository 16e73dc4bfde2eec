package io.colonies.server.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock plus an offset that integration tests may move forward, so deadlines, cron and
 * generators are tested without sleeping. The offset is only ever changed when test clock control is on.
 */
public final class AdjustableClock extends Clock {
    private final Clock base;
    private final AtomicLong offsetNanos = new AtomicLong();

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offsetNanos.addAndGet(by.toNanos());
    }

    /** Sets the offset outright, so replicas under test can be given the same time. */
    public void setOffset(Duration offset) {
        offsetNanos.set(offset.toNanos());
    }

    public Duration offset() {
        return Duration.ofNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }
}
