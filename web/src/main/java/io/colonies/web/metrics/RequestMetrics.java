package io.colonies.web.metrics;

import io.colonies.server.logging.LogFields;
import io.colonies.server.metrics.MetricHandles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request latency per protocol and operation ({@code colonies_server_request}), and for every reply
 * with a 5xx status one log line that names the operation, the status, the duration and the incident
 * id the client was given, so that the id in a reply always leads to a log line. The operation is a
 * known RPC payload type or a REST route template, never free text, so the labels stay bounded.
 */
@ApplicationScoped
public class RequestMetrics {
    public static final String REQUEST = "colonies_server_request";
    /** Operation label of RPC bodies that never named a known payload type. */
    public static final String UNKNOWN = "unknown";
    private static final Logger LOG = Logger.getLogger("io.colonies.web.requests");
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-fA-F-]{8,36})");

    @Inject
    MetricHandles metrics;

    public void record(String protocol, String operation, int status, long startedNanos, String incidentText) {
        long nanos = System.nanoTime() - startedNanos;
        metrics.timer(REQUEST, "protocol", protocol, "operation", operation, "status", (status / 100) + "xx")
                .update(Duration.ofNanos(nanos));
        if (status >= 500) {
            LogFields.with(LogFields.OPERATION, protocol + ":" + operation).and(LogFields.STATUS, status)
                    .and(LogFields.INCIDENT, incident(incidentText)).and(LogFields.DURATION_MS, nanos / 1_000_000)
                    .log(LOG, Level.WARNING, "Request failed");
        }
    }

    /** The incident id quoted in an error text ({@code "… incident <id>"}), or the text's own urn:uuid. */
    static String incident(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = INCIDENT.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        return text.startsWith("urn:uuid:") ? text.substring("urn:uuid:".length()) : null;
    }
}
