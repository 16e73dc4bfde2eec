package io.colonies.model.security;

/**
 * Common unchecked base of every failure raised by this package, so callers (e.g. the RPC layer
 * turning signature problems into 403 replies) can catch exactly one type and trust that its
 * message is the reference error text.
 */
public abstract class CryptoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected CryptoException(String message) {
        super(message);
    }

    protected CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
