package io.colonies.tls;

/** A TLS setting that cannot work; the message names the variable and says what is wrong with it. */
public class TlsConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public TlsConfigException(String message) {
        super(message);
    }

    public TlsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
