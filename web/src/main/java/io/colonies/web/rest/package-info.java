/**
 * The REST API under {@code /v1}: shared pieces of every resource (problem+json errors, the wire JSON
 * provider, parameters, and the bridge to the RPC operation table that holds every role check).
 */
package io.colonies.web.rest;
