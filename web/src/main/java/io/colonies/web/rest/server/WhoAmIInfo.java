package io.colonies.web.rest.server;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of {@code GET /v1/whoami}; the resource writes the same names with JSON-P so
 * that they stay exactly as documented (serverOwner is camel case, the colony fields are wire names).
 */
@Schema(name = "WhoAmI", description = "The signer's roles", example = WhoAmIInfo.EXAMPLE)
public class WhoAmIInfo {
    /** An executor's answer. */
    public static final String EXAMPLE = "{\"id\":\"8d3bd4c9f6a7e5b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4\","
            + "\"serverOwner\":false,\"colonies\":[{\"colonyid\":"
            + "\"4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4\",\"colonyname\":\"paper\","
            + "\"role\":\"executor\",\"approved\":true,"
            + "\"executorid\":\"8d3bd4c9f6a7e5b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4\","
            + "\"executortype\":\"cli\",\"executorname\":\"me\"}]}";

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
