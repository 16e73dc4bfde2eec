package io.colonies.client.executor;

import io.colonies.model.security.PrivateKey;
import java.util.Objects;

/**
 * Who the executor is and how it polls. {@code colonyKey} may be null when the colony owner has
 * already registered and approved the executor; then the loop skips registration.
 */
public record ExecutorSettings(String colonyId, PrivateKey colonyKey, PrivateKey executorKey,
        String executorType, String executorName, int assignTimeoutSeconds) {
    public static final int DEFAULT_ASSIGN_TIMEOUT_SECONDS = 10;

    public ExecutorSettings {
        Objects.requireNonNull(colonyId, "colonyId");
        Objects.requireNonNull(executorKey, "executorKey");
        if (executorType == null || executorType.isBlank()) {
            throw new IllegalArgumentException("The executor type must not be empty");
        }
        if (colonyKey != null && !colonyKey.id().equals(colonyId)) {
            throw new IllegalArgumentException("The colony key belongs to colony " + colonyKey.id()
                    + ", not to " + colonyId);
        }
        if (assignTimeoutSeconds == 0) {
            throw new IllegalArgumentException("The assign timeout must not be 0 (the server refuses it)");
        }
        if (executorName == null || executorName.isBlank()) {
            // Unique per key, so restarts with a new key never clash with an old registration's name.
            executorName = executorType + "-" + executorKey.id().substring(0, 8);
        }
    }

    /** Default name and poll timeout. */
    public static ExecutorSettings of(String colonyId, PrivateKey colonyKey, PrivateKey executorKey, String type) {
        return new ExecutorSettings(colonyId, colonyKey, executorKey, type, null, DEFAULT_ASSIGN_TIMEOUT_SECONDS);
    }

    public ExecutorSettings withName(String name) {
        return new ExecutorSettings(colonyId, colonyKey, executorKey, executorType, name, assignTimeoutSeconds);
    }

    public ExecutorSettings withAssignTimeout(int seconds) {
        return new ExecutorSettings(colonyId, colonyKey, executorKey, executorType, executorName, seconds);
    }

    public String executorId() {
        return executorKey.id();
    }
}
