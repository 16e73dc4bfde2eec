package io.colonies.server.security;

/** How the role checks learn that a colony exists; implemented by the colony domain. */
public interface ColonyDirectory {
    boolean exists(String colonyId);
}
