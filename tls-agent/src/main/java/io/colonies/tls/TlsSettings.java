package io.colonies.tls;

import java.nio.file.Path;
import java.util.Map;

/**
 * The TLS environment variables. The reference server names the files {@code COLONIES_TLSCERT} and
 * {@code COLONIES_TLSKEY}; {@code COLONIES_TLS_CERT} and {@code COLONIES_TLS_KEY} are accepted too.
 */
public record TlsSettings(boolean enabled, Path certificate, Path key) {
    public static final String TLS = "COLONIES_TLS";
    public static final String CERT = "COLONIES_TLSCERT";
    public static final String KEY = "COLONIES_TLSKEY";
    static final String CERT_ALIAS = "COLONIES_TLS_CERT";
    static final String KEY_ALIAS = "COLONIES_TLS_KEY";

    public static TlsSettings fromEnv(Map<String, String> env) throws TlsConfigException {
        String tls = value(env, TLS);
        boolean enabled;
        if (tls == null || tls.equalsIgnoreCase("false")) {
            enabled = false;
        } else if (tls.equalsIgnoreCase("true")) {
            enabled = true;
        } else {
            throw new TlsConfigException(TLS + " must be true or false, was '" + tls + "'");
        }
        if (!enabled) {
            return new TlsSettings(false, null, null);
        }
        return new TlsSettings(true, path(env, CERT, CERT_ALIAS, "the PEM certificate (chain) file"),
                path(env, KEY, KEY_ALIAS, "the PEM private key file"));
    }

    private static Path path(Map<String, String> env, String name, String alias, String what)
            throws TlsConfigException {
        String value = value(env, name);
        if (value == null) {
            value = value(env, alias);
        }
        if (value == null) {
            throw new TlsConfigException(TLS + "=true needs " + name + ", " + what);
        }
        return Path.of(value);
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
