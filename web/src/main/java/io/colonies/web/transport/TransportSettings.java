package io.colonies.web.transport;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The transport limits, read from MicroProfile Config (environment variables or Liberty variables);
 * the README lists each key with its default. Read through the static provider because servlet
 * filters and WebSocket endpoints are not always created by CDI.
 */
public record TransportSettings(long maxRequestBytes, int maxWebSocketMessageBytes, int readTimeoutSeconds) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_WS_MESSAGE_BYTES = 1024 * 1024;
    public static final int DEFAULT_READ_TIMEOUT_SECONDS = 15;

    public static TransportSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        long body = config.getOptionalValue("COLONIES_MAX_REQUEST_BYTES", Long.class).orElse(DEFAULT_MAX_REQUEST_BYTES);
        int ws = config.getOptionalValue("COLONIES_MAX_WS_MESSAGE_BYTES", Integer.class).orElse(DEFAULT_MAX_WS_MESSAGE_BYTES);
        int read = config.getOptionalValue("COLONIES_READ_TIMEOUT_SECONDS", Integer.class).orElse(DEFAULT_READ_TIMEOUT_SECONDS);
        return new TransportSettings(Math.max(1, body), Math.max(1024, ws), Math.max(1, read));
    }
}
