package io.colonies.server.process;

import io.colonies.server.error.ErrorKind;

/**
 * The normal end of a poll that found nothing (PROTOCOL §6.4: a 404 on RPC). Its own type so that
 * REST can answer 204 for it while other 404s (the colony was deleted meanwhile) stay errors.
 */
public class NothingAssignedException extends ProcessException {
    public NothingAssignedException(String message) {
        super(ErrorKind.NOT_FOUND, message);
    }
}
