/** Executors (register, approve, reject, remove) and their function registry over REST. */
package io.colonies.web.rest.executor;
