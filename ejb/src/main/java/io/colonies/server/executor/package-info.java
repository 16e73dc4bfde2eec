/**
 * Executors (registration, approval, deletion) and the functions they register: the use cases are
 * {@link io.colonies.server.executor.Executors} and {@link io.colonies.server.executor.Functions}, each
 * table has one store.
 */
package io.colonies.server.executor;
