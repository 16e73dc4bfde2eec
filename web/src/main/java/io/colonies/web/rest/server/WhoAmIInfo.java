package io.colonies.web.rest.server;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of {@code GET /v1/whoami}; the resource writes the same names with JSON-P so
 * that they stay exactly as documented (serverOwner is camel case, the colony fields are wire names).
 */
@Schema(name = "WhoAmI", description = "The signer's roles")
public class WhoAmIInfo {
    @Schema(description = "The signer's identity (hex64)")
    public String id;
    @Schema(description = "Whether the signer is the server owner")
    public boolean serverOwner;
    @Schema(description = "The colonies the signer owns or is an executor of; empty for an unknown key")
    public List<Membership> colonies;

    /** One colony role of the signer. */
    @Schema(name = "WhoAmIColony", description = "A colony the signer owns (role owner) or is an executor of (role executor)")
    public static class Membership {
        public String colonyid;
        public String colonyname;
        @Schema(enumeration = {"owner", "executor"})
        public String role;
        @Schema(description = "Always true for an owner; for an executor, whether the colony owner approved it")
        public boolean approved;
        @Schema(description = "Only for role executor")
        public String executorid;
        @Schema(description = "Only for role executor")
        public String executortype;
        @Schema(description = "Only for role executor")
        public String executorname;
    }
}
