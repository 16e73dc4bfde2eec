package io.colonies.cli;

/** A problem with what the user gave us (setting, key, spec file); reported in one line, exit code 2. */
public class CliInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliInputException(String message) {
        super(message);
    }
}
