package io.colonies.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the Colonies server listens. Read from the same environment variables as the Go CLI so one
 * shell setup serves both clients. With TLS, {@code caFile} (PEM, {@code COLONIES_TLS_CA}) names the
 * certificates to trust instead of the JVM's trust store: a self-signed server certificate or a private
 * CA. Without it the JVM's trust store decides ({@code javax.net.ssl.trustStore} or the JDK's cacerts).
 */
public record ClientConfig(String host, int port, boolean tls, Path caFile) {
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 50080;

    public ClientConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Server host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Server port must be 1-65535, was " + port);
        }
    }

    /** Trusting the JVM's trust store. */
    public ClientConfig(String host, int port, boolean tls) {
        this(host, port, tls, null);
    }

    /** Settings from the process environment. */
    public static ClientConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Settings from {@code COLONIES_SERVER_HOST}, {@code COLONIES_SERVER_PORT}, {@code COLONIES_TLS} and
     * {@code COLONIES_TLS_CA}.
     *
     * @throws IllegalArgumentException if the port is not a number in range
     */
    public static ClientConfig fromEnv(Map<String, String> env) {
        String host = valueOr(env.get("COLONIES_SERVER_HOST"), DEFAULT_HOST);
        String portText = valueOr(env.get("COLONIES_SERVER_PORT"), Integer.toString(DEFAULT_PORT));
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("COLONIES_SERVER_PORT must be a number, was '" + portText + "'");
        }
        boolean tls = "true".equals(valueOr(env.get("COLONIES_TLS"), "false").trim().toLowerCase(Locale.ROOT));
        String ca = valueOr(env.get("COLONIES_TLS_CA"), null);
        return new ClientConfig(host.trim(), port, tls, ca == null ? null : Path.of(ca.trim()));
    }

    /** {@code http://host:port} or {@code https://host:port}. */
    public String baseUrl() {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return (tls ? "https" : "http") + "://" + shownHost + ":" + port;
    }

    public URI apiUri() {
        return URI.create(baseUrl() + "/api");
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
