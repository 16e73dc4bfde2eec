package it.hardening.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, ready to send, and what was done to it. {@code channel} is "rpc" or "rest";
 * {@code template} the RPC message type or the REST operation it started from.
 */
public record FuzzRequest(int index, String channel, String template, List<String> mutations, String method,
                          String pathWithQuery, List<String[]> headers, byte[] body, RestTemplates.Reading reading) {

    /** What a failure report shows: where it came from, what was changed, and the start of what was sent. */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder();
        for (String[] header : headers) {
            h.append(header[0]).append(": ").append(Verdicts.abbreviated(header[1], 80)).append("; ");
        }
        return "#" + index + " " + channel + " " + template + " mutations=" + mutations + "\n    " + method + " "
                + Verdicts.abbreviated(pathWithQuery, 200) + "\n    headers: " + h + "\n    body: "
                + Verdicts.abbreviated(text, 400);
    }
}
