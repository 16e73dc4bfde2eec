package io.colonies.web.rest.process;

import io.colonies.web.rest.Problem;

/** What became of one {@link ClosureItem}: status 200, or the refusal's status with its problem. */
public class ClosureResult {
    public String processid = "";
    public int status;
    /** Only when the closure was refused. */
    public Problem problem;
}
