/**
 * secp256k1 keys, SHA3-256 identities and recoverable ECDSA signatures, bit-compatible with the
 * Colonies v1.1.1 reference (PROTOCOL.md section 2). The server only needs
 * {@link io.colonies.model.security.SignatureVerifier#recoverId}; clients and tests also sign.
 */
package io.colonies.model.security;
