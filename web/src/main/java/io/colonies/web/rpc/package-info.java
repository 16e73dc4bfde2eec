/**
 * The Colonies RPC endpoint {@code POST /api}: envelope parsing, signature recovery, one operation
 * table filled by per-family registrars, role checks through {@code Access}, and error envelopes.
 */
package io.colonies.web.rpc;
