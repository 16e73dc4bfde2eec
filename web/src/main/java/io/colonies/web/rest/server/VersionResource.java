package io.colonies.web.rest.server;

import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.web.rest.RestOperations;
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

/** The version needs no signature, as {@code versionmsg} on RPC, so clients can probe a server first. */
@Path("/v1/version")
@Tag(name = "Server", description = "Server-wide information")
public class VersionResource {
    @Inject
    RestOperations ops;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server version", description = "Anyone; not signed.")
    @APIResponse(responseCode = "200", description = "The build version",
            content = @Content(schema = @Schema(ref = "VersionInfo")))
    public VersionInfo version() {
        Version v = ops.call(null, new Version(), Version.class);
        VersionInfo info = new VersionInfo();
        info.buildversion = v.buildversion;
        info.buildtime = v.buildtime;
        return info;
    }
}
