package io.colonies.client;

/**
 * What the server did with one {@link Closure} of a batch close: status 200 when closed, else the
 * refusal's status (400, 403, 404, 409) and its problem.
 */
public class CloseResult {
    public String processid = "";
    public int status;
    /** Only when refused. */
    public RestTransport.Problem problem;

    public boolean closed() {
        return status == 200;
    }

    /** The refusal as the exception a single close would have thrown; null when closed. */
    public ProblemException refusal() {
        if (closed()) {
            return null;
        }
        RestTransport.Problem p = problem == null ? new RestTransport.Problem() : problem;
        return new ProblemException(status, p.detail == null ? "HTTP " + status : p.detail, p.type, p.field,
                p.instance);
    }
}
