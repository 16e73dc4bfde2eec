/** Server-level RPC messages: version, statistics, cluster. */
package io.colonies.web.server;
