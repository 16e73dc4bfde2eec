/**
 * Authentication of REST requests: the signature filter (docs/security.md) that recovers the caller
 * from the Colonies-Signature headers and refuses stale or replayed requests with 401.
 */
package io.colonies.web.rest.security;
