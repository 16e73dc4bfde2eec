package io.colonies.web.rest.server;

import io.colonies.model.core.Cluster;
import io.colonies.model.core.Statistics;
import io.colonies.server.serverinfo.ServerInfo;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Server statistics and the cluster view, for the server owner (getstatisticsmsg, getclustermsg). */
@Path("/v1")
@Signed
@Tag(name = "Server")
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {
    @Inject
    ServerInfo server;

    @Inject
    SignedCaller caller;

    @GET
    @Path("statistics")
    @Operation(summary = "Server statistics", description = "Server owner only. Counts over every colony.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(ref = "Statistics")))
    public Statistics statistics() {
        return server.statistics(caller.get());
    }

    @GET
    @Path("cluster")
    @Operation(summary = "Cluster", description = "Server owner only. The live replicas and the scan leader.")
    @APIResponse(responseCode = "200", description = "The replicas", content = @Content(schema = @Schema(ref = "Cluster")))
    public Cluster cluster() {
        return server.cluster(caller.get());
    }
}
