/**
 * Processes over REST: submit (idempotent with a key), keyset-paged listings, close, attributes,
 * the assign long-poll, and a Server-Sent Events stream of process changes from every replica.
 */
package io.colonies.web.rest.process;
