package io.colonies.client;

/**
 * A REST error reply: the server's {@code application/problem+json} (docs/rest.md). The status and
 * detail are those of {@link ColoniesException}, so callers that handle RPC errors handle these too;
 * {@link #type()}, {@link #field()} and {@link #instance()} add what only REST reports.
 */
public class ProblemException extends ColoniesException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String field;
    private final String instance;

    public ProblemException(int status, String detail, String type, String field, String instance) {
        super(status, detail);
        this.type = type == null ? "" : type;
        this.field = field == null ? "" : field;
        this.instance = instance == null ? "" : instance;
    }

    /** Stable problem type, e.g. {@code https://colonies.io/problems/process/conflict}. */
    public String type() {
        return type;
    }

    /** The input a 400 is about (body path, query parameter or header), else empty. */
    public String field() {
        return field;
    }

    /** Unique id of this error, also in the server log. */
    public String instance() {
        return instance;
    }
}
