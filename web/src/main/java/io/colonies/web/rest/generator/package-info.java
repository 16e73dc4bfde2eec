/** Generators over REST: pack arguments that are submitted as one workflow after a count or a timeout. */
package io.colonies.web.rest.generator;
