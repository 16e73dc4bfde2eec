package io.colonies.server.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of process logs (README "Configuration"). */
@ApplicationScoped
public class ProcessLogSettings {
    public static final int DEFAULT_MAX_LOG_MESSAGE_BYTES = 16384;
    public static final long DEFAULT_MAX_LOG_BYTES_PER_PROCESS = 1048576;
    /** The most lines one getlogsmsg / GET …/logs returns. */
    public static final int MAX_COUNT = 500;

    @Inject
    @ConfigProperty(name = "COLONIES_MAX_LOG_MESSAGE_BYTES", defaultValue = "" + DEFAULT_MAX_LOG_MESSAGE_BYTES)
    int maxMessageBytes;

    @Inject
    @ConfigProperty(name = "COLONIES_MAX_LOG_BYTES_PER_PROCESS", defaultValue = "" + DEFAULT_MAX_LOG_BYTES_PER_PROCESS)
    long maxBytesPerProcess;

    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    public long maxBytesPerProcess() {
        return maxBytesPerProcess;
    }
}
