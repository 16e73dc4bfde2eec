package io.colonies.model.security;

/**
 * A request signature could not be turned into a signer identity. The message is the text the
 * reference server puts into its 403 reply (e.g. {@code Invalid signature length}).
 */
public final class InvalidSignatureException extends CryptoException {

    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }

    public InvalidSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
