package io.colonies.web.rest.process;

/** Body of {@code POST …/processes/{id}/logs}: one log line. */
public class LogLine {
    public String message = "";
}
