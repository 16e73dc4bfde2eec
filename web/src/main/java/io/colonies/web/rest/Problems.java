package io.colonies.web.rest;

import io.colonies.server.db.TransientFaults;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.web.error.ErrorCauses;
import io.colonies.web.transport.TransportFault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one translation of failures into problem+json responses. Every problem gets an instance id
 * that is also logged, so a user's report can be matched to the server log; bodies never carry
 * stack traces.
 */
@ApplicationScoped
public class Problems {
    public static final String TYPE_BASE = "https://colonies.io/problems/";
    /** The authentication scheme announced with every 401. */
    public static final String AUTH_SCHEME = "Colonies-Signature";
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    public Response toResponse(Throwable failure) {
        ColoniesException known = ErrorCauses.domainCause(failure);
        if (known != null) {
            String field = known instanceof RestInputException input ? input.field() : null;
            return respond(known.domain(), known.kind().slug(), known.kind().status(), known.getMessage(), field, null);
        }
        JsonbException json = JsonErrors.jsonbCause(failure);
        if (json != null) {
            return toResponse(JsonErrors.toInputError(json));
        }
        WebApplicationException web = webCause(failure);
        if (web != null) {
            int status = web.getResponse().getStatus();
            String detail = web.getMessage() == null ? reason(status) : web.getMessage();
            return respond("http", slug(status), status, detail, null, null);
        }
        // transport faults and transient database faults are not internal errors
        TransportFault transport = TransportFault.find(failure);
        if (transport != null) {
            return respond("http", transport.slug(), transport.status(), transport.getMessage(), null, null);
        }
        if (TransientFaults.isTransient(failure)) {
            LOG.log(Level.WARNING, "Transient database fault answered 503", failure);
            return respond("database", ErrorKind.UNAVAILABLE.slug(), 503, "Database temporarily unavailable, retry shortly",
                    null, null);
        }
        String detail = "Internal server error; quote the instance id when reporting it";
        return respond("server", ErrorKind.INTERNAL.slug(), 500, detail, null, failure);
    }

    /**
     * The problem body of a domain refusal that is reported inside a 200 reply (one item of a batch),
     * with its own instance id, logged like a problem response.
     */
    public Problem toProblem(ColoniesException refusal) {
        String field = refusal instanceof RestInputException input ? input.field() : null;
        return problem(refusal.domain(), refusal.kind().slug(), refusal.kind().status(), refusal.getMessage(), field,
                null);
    }

    private Response respond(String domain, String slug, int status, String detail, String field, Throwable logged) {
        Problem p = problem(domain, slug, status, detail, field, logged);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(p);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, AUTH_SCHEME);
        }
        return response.build();
    }

    private static Problem problem(String domain, String slug, int status, String detail, String field,
                                   Throwable logged) {
        Problem p = new Problem();
        p.type = TYPE_BASE + domain + "/" + slug;
        p.title = reason(status);
        p.status = status;
        p.detail = detail;
        p.instance = "urn:uuid:" + UUID.randomUUID();
        p.field = field;
        if (logged != null) {
            LOG.log(Level.SEVERE, "REST problem " + p.instance + " " + p.type, logged);
        } else {
            LOG.info(() -> "REST problem " + p.instance + " " + status + " " + p.type + ": " + detail);
        }
        return p;
    }

    private static WebApplicationException webCause(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof WebApplicationException w) {
                return w;
            }
        }
        return null;
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String slug(int status) {
        return reason(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
