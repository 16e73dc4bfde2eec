package io.colonies.testsupport;

import io.colonies.server.cluster.ScanTimer;
import io.colonies.server.config.ClockProducer;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.process.AssignWaiters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lets integration tests move this replica's clock and make it stop scanning, so deadlines and
 * fail-over are tested without sleeping. Only the integration-test EAR contains it (at context root
 * /testsupport), and even there it answers 404 unless COLONIES_TEST_CLOCK_CONTROL=true.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TestSupportResource {
    @Inject
    ColoniesConfig config;

    @Inject
    ClockProducer clocks;

    @Inject
    ScanTimer scans;

    @Inject
    AssignWaiters waiters;

    @POST
    @Path("/clock/advance")
    @Operation(hidden = true)
    public Map<String, Object> advance(@QueryParam("seconds") long seconds) {
        requireEnabled();
        clocks.adjustable().advance(Duration.ofSeconds(seconds));
        return state();
    }

    @POST
    @Path("/clock/offset")
    @Operation(hidden = true)
    public Map<String, Object> offset(@QueryParam("seconds") long seconds) {
        requireEnabled();
        clocks.adjustable().setOffset(Duration.ofSeconds(seconds));
        return state();
    }

    @POST
    @Path("/standby")
    @Operation(hidden = true)
    public Map<String, Object> standby(@QueryParam("seconds") long seconds) {
        requireEnabled();
        scans.standby(Duration.ofSeconds(seconds));
        return state();
    }

    @GET
    @Path("/state")
    @Operation(hidden = true)
    public Map<String, Object> state() {
        requireEnabled();
        return Map.of("node", scans.nodeName(), "clockOffsetSeconds", clocks.adjustable().offset().toSeconds(),
                "waitingAssigns", waiters.waiting());
    }

    private void requireEnabled() {
        if (!config.testClockControl()) {
            throw new NotFoundException();
        }
    }
}
