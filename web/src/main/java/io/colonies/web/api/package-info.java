/** JAX-RS application and OpenAPI definition. */
package io.colonies.web.api;
