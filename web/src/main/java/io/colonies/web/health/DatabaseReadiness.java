package io.colonies.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL answers, so a load balancer never routes to a replica without its queue. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "jdbc/colonies")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (Exception e) {
            // The endpoint is public: the driver's text (hosts, ports, users) stays in the log.
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "Readiness: the database does not answer, incident " + incident, e);
            return HealthCheckResponse.named("database").down()
                    .withData("error", "the database does not answer (incident " + incident + ")").build();
        }
    }
}
