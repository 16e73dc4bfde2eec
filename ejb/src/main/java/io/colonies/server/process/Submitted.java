package io.colonies.server.process;

import io.colonies.model.core.Process;

/**
 * The answer of a submit: the process, and whether this submit created it or an earlier one with the
 * same idempotency key did. Decided once, by the insert itself, so concurrent retries agree.
 */
public record Submitted(Process process, boolean created) {
}
