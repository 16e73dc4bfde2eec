/** Integration tests of the REST API under /v1: every operation, signatures and replays, OpenAPI, SSE. */
package it.rest;
