package io.colonies.web.rest.server;

import io.colonies.server.serverinfo.ServerInfo;
import io.colonies.server.serverinfo.ServerInfo.BuildVersion;
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
    ServerInfo server;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server version", description = "Anyone; not signed.")
    @APIResponse(responseCode = "200", description = "The build version",
            content = @Content(schema = @Schema(ref = "VersionInfo")))
    public VersionInfo version() {
        BuildVersion build = server.version();
        VersionInfo info = new VersionInfo();
        info.buildversion = build.buildversion();
        info.buildtime = build.buildtime();
        return info;
    }
}
