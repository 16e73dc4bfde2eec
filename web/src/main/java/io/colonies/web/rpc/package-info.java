/**
 * The Colonies RPC endpoint {@code POST /api}: envelope parsing, signature recovery, one operation
 * table filled by per-family adapters that call the ejb use cases (which check the roles), and
 * error envelopes.
 */
package io.colonies.web.rpc;
