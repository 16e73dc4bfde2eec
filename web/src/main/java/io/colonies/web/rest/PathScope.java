package io.colonies.web.rest;

import io.colonies.server.id.ColonyScope;

/**
 * Every REST object lives under {@code /v1/colonies/{colonyId}}. An id that exists in another
 * colony is not found at this path (404), and a body naming another colony than its path is a 400.
 */
public final class PathScope {
    private PathScope() {
    }

    /** The object must belong to the colony of the path (the use cases' own scope rule). */
    public static void requireIn(String pathColonyId, String actualColonyId, String what) {
        ColonyScope.of(pathColonyId).require(actualColonyId, what);
    }

    /** A 404 unless the object was found where the path says. */
    public static void requireFound(boolean found, String message) {
        if (!found) {
            throw new ColonyScope.OutOfScopeException(message);
        }
    }

    /** Fills an empty colony field of a body from the path; refuses a different one. */
    public static String bodyColony(String pathColonyId, String bodyColonyId, String field) {
        if (bodyColonyId == null || bodyColonyId.isEmpty()) {
            return pathColonyId;
        }
        if (!bodyColonyId.equals(pathColonyId)) {
            throw new RestInputException(field, "Field '" + field + "' is " + bodyColonyId
                    + " but the path names colony " + pathColonyId + "; leave it empty or make them equal");
        }
        return bodyColonyId;
    }
}
