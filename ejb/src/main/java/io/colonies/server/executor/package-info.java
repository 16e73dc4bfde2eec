/** Executors (registration, approval, deletion) and the functions they register. */
package io.colonies.server.executor;
