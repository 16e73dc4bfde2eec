package io.colonies.server.security;

import io.colonies.server.config.ColoniesConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The server owner's identity. Without {@code COLONIES_SERVER_ID} the server runs with the publicly
 * known development key of the protocol vectors and says so loudly; a malformed id stops the start.
 */
@ApplicationScoped
public class ServerOwner {
    /** Id of the development server key fcc79953…499d published in the protocol vectors. */
    public static final String DEV_SERVER_ID = "039231c7644e04b6895471dd5335cf332681c54e27f81fac54f9067b3f2c0103";
    private static final Logger LOG = Logger.getLogger(ServerOwner.class.getName());

    @Inject
    ColoniesConfig config;

    private String id;

    @PostConstruct
    void init() {
        String configured = config.serverId();
        if (configured.isEmpty()) {
            LOG.warning("COLONIES_SERVER_ID is not set: using the PUBLIC development server id " + DEV_SERVER_ID
                    + ". Anyone can act as server owner. Create your own key with ./colonies-server keygen.");
            id = DEV_SERVER_ID;
        } else if (!configured.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("COLONIES_SERVER_ID must be 64 hexadecimal characters (the id printed by"
                    + " ./colonies-server keygen), got '" + configured + "'");
        } else {
            id = configured;
        }
    }

    public String id() {
        return id;
    }

    public boolean is(Caller caller) {
        return id.equals(caller.id());
    }
}
