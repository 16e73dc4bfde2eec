package io.colonies.cli;

/** Exit codes of the CLI, so scripts can tell a typo from a refusal from an outage. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The server answered with an error reply. */
    public static final int SERVER_ERROR = 1;
    /** Bad command line, setting or spec file; nothing was sent. */
    public static final int USAGE = 2;
    /** The server could not be reached. */
    public static final int UNREACHABLE = 3;
    /** A waited-for process or workflow failed, or the wait gave up. */
    public static final int NOT_SUCCESSFUL = 4;

    private ExitCodes() {
    }
}
