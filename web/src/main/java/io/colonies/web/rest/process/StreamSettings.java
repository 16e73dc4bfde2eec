package io.colonies.web.rest.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tunables of the event streams; the README lists each key with its default. */
@ApplicationScoped
public class StreamSettings {
    public static final int DEFAULT_SSE_KEEPALIVE_SECONDS = 15;

    @Inject
    @ConfigProperty(name = "COLONIES_SSE_KEEPALIVE_SECONDS", defaultValue = "" + DEFAULT_SSE_KEEPALIVE_SECONDS)
    int keepAliveSeconds;

    /** How often an idle stream gets a comment line, which also detects clients that went away. */
    public int keepAliveSeconds() {
        return Math.max(1, keepAliveSeconds);
    }
}
