package io.colonies.cli.process;

import io.colonies.cli.CliInputException;
import io.colonies.model.core.ProcessState;
import java.util.Locale;

/** Process states as typed on the command line: names (waiting, running, successful, failed, cancelled) or 0-4. */
public final class States {
    private States() {
    }

    public static int parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "waiting": case "0": return ProcessState.WAITING;
            case "running": case "1": return ProcessState.RUNNING;
            case "successful": case "success": case "2": return ProcessState.SUCCESS;
            case "failed": case "3": return ProcessState.FAILED;
            case "cancelled": case "canceled": case "4": return ProcessState.CANCELLED;
            default:
                throw new CliInputException("Unknown state '" + text
                        + "'; use waiting, running, successful, failed or cancelled");
        }
    }

    public static boolean isFinal(int state) {
        return ProcessState.isFinished(state);
    }
}
