package io.colonies.server.cron;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the cron domain. */
public class CronException extends ColoniesException {
    public CronException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "cron";
    }
}
