package io.colonies.web.rest.process;

import io.colonies.model.core.Attribute;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.Processes;
import io.colonies.web.rest.PathScope;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attributes of a process (PROTOCOL §5.6): key/values its executor attaches while running it. Decode,
 * call the {@link Processes} use case RPC calls too, encode.
 */
@Path("/v1/colonies/{colonyId}/processes/{processId}/attributes")
@Signed
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributeResource {
    @Inject
    Processes processes;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @PathParam("processId")
    @Parameter(description = "Process id (hex64)")
    String processId;

    @POST
    @Operation(summary = "Add an attribute", description = "The executor running the process. attributetype:"
            + " 0 in, 1 out, 2 err, 3 env.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Attribute"),
            examples = @ExampleObject(name = "progress", value = "{\"key\":\"progress\",\"value\":\"50%\","
                    + "\"attributetype\":1}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the attribute",
            content = @Content(schema = @Schema(ref = "Attribute")))
    @APIResponse(responseCode = "409", description = "The process already has this key and type")
    public Response add(Attribute attribute) {
        Attribute body = Params.body(attribute, "an attribute");
        body.targetid = processId;
        body.targetcolonyid = colonyId;
        Attribute added = processes.addAttribute(caller.get(), scope(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(added.attributeid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List a process's attributes", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The attributes, oldest first",
            content = @Content(schema = @Schema(ref = "AttributeList")))
    public List<Attribute> list() {
        return processes.get(caller.get(), scope(), ProcessId.of(processId)).attributes;
    }

    @GET
    @Path("{attributeId}")
    @Operation(summary = "Get an attribute", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The attribute",
            content = @Content(schema = @Schema(ref = "Attribute")))
    public Attribute get(@PathParam("attributeId") @Parameter(description = "Attribute id (hex64)") String attributeId) {
        Attribute found = processes.getAttribute(caller.get(), scope(), ProcessId.of(processId), attributeId);
        PathScope.requireFound(processId.equals(found.targetid),
                "Attribute " + attributeId + " does not belong to process " + processId);
        return found;
    }

    @DELETE
    @Path("{attributeId}")
    @Operation(summary = "Remove an attribute", description = "The executor running the process, while it runs.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The caller is not the running process's executor")
    public void remove(@PathParam("attributeId") @Parameter(description = "Attribute id (hex64)") String attributeId) {
        processes.removeAttribute(caller.get(), scope(), ProcessId.of(processId), attributeId);
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
