/**
 * The REST API under {@code /v1}: shared pieces of every resource (problem+json errors, the wire JSON
 * provider, parameters, the path scope). Resources call the same ejb use cases as the RPC families.
 */
package io.colonies.web.rest;
