/** Server-wide REST resources: statistics, cluster, and the unsigned version. */
package io.colonies.web.rest.server;
