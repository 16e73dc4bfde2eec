package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.server.error.ErrorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScanTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");

    @Test
    void schedulesNewCronsFiresDueOnesAndSkipsPastAFailure() {
        CronWorld world = new CronWorld(NOW);
        world.crons.put(aCron().withId("new").named("new").dueAt(null).build());
        world.crons.put(aCron().withId("broken").named("broken").every(30).dueAt(NOW.minusSeconds(2)).build());
        world.crons.put(aCron().withId("due").named("due").dueAt(NOW.minusSeconds(1)).build());
        List<String> fired = new ArrayList<>();
        CronFiring firing = new CronFiring() {
            @Override
            public boolean fireIfDue(String cronId, Instant now) {
                if (cronId.equals("broken")) {
                    throw new CronException(ErrorKind.BAD_REQUEST, "spec no longer valid");
                }
                fired.add(cronId);
                return super.fireIfDue(cronId, now);
            }
        };
        firing.store = world.crons;
        firing.launcher = world.launcher;
        CronScan scan = new CronScan();
        scan.store = world.crons;
        scan.firing = firing;

        assertEquals(2, scan.run(NOW), "one scheduled, one fired");

        assertEquals(List.of("due"), fired);
        assertEquals(NOW.plusSeconds(60), world.crons.row("new").nextrun);
        assertEquals(NOW.plusSeconds(30), world.crons.row("broken").nextrun, "the broken cron moved on");
        assertEquals(NOW.plusSeconds(60), world.crons.row("due").nextrun);
        assertEquals(0, scan.run(NOW), "nothing left to do at the same instant");
    }
}
