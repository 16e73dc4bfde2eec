package io.colonies.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RequestLabelsTest {
    @Path("/v1/colonies/{colonyId}/processes")
    static class Sample {
        @POST
        public void submit() {
        }

        @GET
        @Path("{processId}")
        public void get() {
        }
    }

    @Test
    void routesAreTemplatesNotPaths() throws Exception {
        assertEquals("POST /v1/colonies/{colonyId}/processes",
                RestTimingFilter.route("POST", Sample.class, Sample.class.getMethod("submit")));
        assertEquals("GET /v1/colonies/{colonyId}/processes/{processId}",
                RestTimingFilter.route("GET", Sample.class, Sample.class.getMethod("get")));
    }

    @Test
    void incidentIdsAreFoundInErrorTexts() {
        assertEquals("0b6f6c1e-5d3a-4a8e-9a57-3c1d2e4f5a6b",
                RequestMetrics.incident("Internal server error, incident 0b6f6c1e-5d3a-4a8e-9a57-3c1d2e4f5a6b"));
        assertEquals("1a2b3c4d", RequestMetrics.incident("Database error (incident 1a2b3c4d), see the server log"));
        assertEquals("0b6f6c1e-5d3a-4a8e-9a57-3c1d2e4f5a6b",
                RequestMetrics.incident("urn:uuid:0b6f6c1e-5d3a-4a8e-9a57-3c1d2e4f5a6b"));
        assertNull(RequestMetrics.incident("No such process"));
        assertNull(RequestMetrics.incident(null));
    }
}
