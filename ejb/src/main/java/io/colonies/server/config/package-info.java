/** Server settings (MicroProfile Config keys with documented defaults) and the injectable clock. */
package io.colonies.server.config;
