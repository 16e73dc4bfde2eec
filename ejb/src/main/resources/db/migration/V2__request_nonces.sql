-- Replay protection (docs/security.md). A signed REST request's nonce, or a signed RPC envelope's
-- signature in strict mode, is remembered per caller until the request could no longer be accepted
-- anyway (its timestamp leaves the skew window). The primary key makes "seen before" one INSERT that
-- every replica agrees on.
CREATE TABLE request_nonces (
    caller_id   text NOT NULL,
    nonce       text NOT NULL,
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (caller_id, nonce)
);
CREATE INDEX request_nonces_expiry ON request_nonces (expires_at);
