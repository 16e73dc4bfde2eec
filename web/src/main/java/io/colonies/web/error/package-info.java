/** Error plumbing both protocols share: finding the domain failure inside container wrappers. */
package io.colonies.web.error;
