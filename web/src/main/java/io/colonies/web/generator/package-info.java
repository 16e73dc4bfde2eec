/** Generator messages on {@code POST /api}: roles and wiring to the generator use cases. */
package io.colonies.web.generator;
