/** Database bootstrap (create the database, run Flyway migrations) and small JDBC helpers. */
package io.colonies.server.db;
