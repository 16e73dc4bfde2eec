package io.colonies.server.error;

/** What went wrong, independent of transport; each kind has one HTTP status on both RPC and REST. */
public enum ErrorKind {
    BAD_REQUEST(400, "bad-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    CONFLICT(409, "conflict"),
    INTERNAL(500, "internal"),
    /** A transient fault (lost database connection): retry after the Retry-After header. */
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ErrorKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    /** Stable problem type suffix for REST. */
    public String slug() {
        return slug;
    }
}
