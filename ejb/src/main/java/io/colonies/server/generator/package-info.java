/**
 * Generators: packed arguments that trigger a workflow after a count or a timeout. The use cases are
 * {@link io.colonies.server.generator.Generators}; one store owns both generator tables.
 */
package io.colonies.server.generator;
