package io.colonies.server.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** The one {@link Sql} of the application, over the container's pooled data source. */
@ApplicationScoped
public class SqlProducer {
    @Resource(lookup = "jdbc/colonies")
    DataSource dataSource;

    @Produces
    @Singleton
    Sql sql() {
        return new Sql(dataSource);
    }
}
