/**
 * The RPC envelope of {@code POST /api} and one payload class per message type, grouped by family.
 * Every payload carries {@code msgtype}, which must equal the envelope's {@code payloadtype}.
 */
package io.colonies.model.rpc;
