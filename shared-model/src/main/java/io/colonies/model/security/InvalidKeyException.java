package io.colonies.model.security;

/**
 * A private key or public key text is malformed or out of range. Messages never contain the
 * offending key material, because private keys must not end up in logs.
 */
public final class InvalidKeyException extends CryptoException {

    private static final long serialVersionUID = 1L;

    public InvalidKeyException(String message) {
        super(message);
    }
}
