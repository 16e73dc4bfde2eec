/**
 * Hostile transport input and database faults (issue 14): size limits, malformed framing, slow
 * clients and transient connection loss, each against a live replica over raw sockets where the JDK
 * HTTP client would refuse to send such a request.
 */
package it.hardening;
