package io.colonies.server.security;

import java.util.Optional;

/** How the role checks learn that a colony exists, and its name; implemented by the colony domain. */
public interface ColonyDirectory {
    /** The colony's name, or empty when no such colony exists. */
    Optional<String> nameOf(String colonyId);

    default boolean exists(String colonyId) {
        return nameOf(colonyId).isPresent();
    }
}
