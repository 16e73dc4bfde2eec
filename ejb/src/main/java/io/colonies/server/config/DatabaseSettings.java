package io.colonies.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where PostgreSQL is; the same variables feed the Liberty data source in server.xml. */
@ApplicationScoped
public class DatabaseSettings {
    @Inject
    @ConfigProperty(name = "COLONIES_DB_HOST", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "COLONIES_DB_PORT", defaultValue = "5432")
    int port;

    @Inject
    @ConfigProperty(name = "COLONIES_DB_USER", defaultValue = "postgres")
    String user;

    @Inject
    @ConfigProperty(name = "COLONIES_DB_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "COLONIES_DB_NAME", defaultValue = "colonies")
    String name;

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password.orElse("");
    }

    public String name() {
        return name;
    }
}
