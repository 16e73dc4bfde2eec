package io.colonies.server.process;

import java.time.Instant;

/**
 * A member of a workflow was claimed. Fired synchronously inside the claiming transaction so the
 * workflow marks its graph running atomically with the claim.
 */
public record ProcessAssigned(String processId, String graphId, Instant at) {
}
