/** The TCP connection a request arrived on, for watching long-poll clients (see ConnectionWatch). */
package io.colonies.web.connection;
