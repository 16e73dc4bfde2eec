/** Helpers shared by the integration tests: a signing RPC client, test keys and fixture builders. */
package it.support;
