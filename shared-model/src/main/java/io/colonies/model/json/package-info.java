/** JSON-B configuration and adapters that make our JSON match the reference server's wire format. */
package io.colonies.model.json;
