package io.colonies.cli;

import io.colonies.client.ColoniesException;
import io.colonies.client.RequestInterruptedException;
import io.colonies.client.ServerUnreachableException;
import io.colonies.model.security.CryptoException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;

/** Turns every failure of a command into one line on stderr and an exit code; never a stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable e = unwrap(ex);
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (e instanceof ServerUnreachableException) {
            code = ExitCodes.UNREACHABLE;
            message = e.getMessage();
        } else if (e instanceof ColoniesException ce) {
            code = ExitCodes.SERVER_ERROR;
            message = "The server refused"
                    + (ce.status() > 0 ? " (" + ce.status() + ")" : "") + ": " + ce.getMessage();
        } else if (e instanceof CliInputException || e instanceof IllegalArgumentException
                || e instanceof CryptoException) {
            code = ExitCodes.USAGE;
            message = e.getMessage();
        } else if (e instanceof RequestInterruptedException) {
            code = ExitCodes.SERVER_ERROR;
            message = "Interrupted";
        } else {
            code = ExitCodes.SERVER_ERROR;
            message = "Unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        err.println("Error: " + message);
        err.flush();
        return code;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof InvocationTargetException || t instanceof ExecutionException
                || t instanceof CommandLine.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
