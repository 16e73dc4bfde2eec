/** Generators: packed arguments that trigger a workflow after a count or a timeout. */
package io.colonies.server.generator;
