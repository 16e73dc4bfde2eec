/** The root of every domain's exception family; the web layer maps it in one place. */
package io.colonies.server.error;
