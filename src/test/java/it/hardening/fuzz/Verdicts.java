package it.hardening.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What every reply must be, whatever was sent: never a 5xx, and well formed for its protocol. RPC
 * answers a reply envelope whose {@code error} flag agrees with the status and whose error payload
 * repeats it; REST answers a 4xx as problem+json with the same status, and JSON when it says so.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /** Null if the answer is acceptable, else why not. */
    public static String problem(FuzzRequest request, Sender.Answer answer) {
        if (answer.status() >= 500) {
            return "HTTP " + answer.status();
        }
        try {
            return "rpc".equals(request.channel()) ? rpcProblem(answer) : restProblem(request, answer);
        } catch (JsonException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            return "malformed reply (" + e.getMessage() + ")";
        }
    }

    private static String rpcProblem(Sender.Answer answer) {
        JsonObject reply = Json.createReader(new StringReader(answer.body())).readObject();
        boolean error = reply.getBoolean("error");
        String payloadType = reply.getString("payloadtype");
        String payload = reply.getString("payload");
        if (error != (answer.status() != 200)) {
            return "error flag " + error + " with HTTP " + answer.status();
        }
        if (!error) {
            return null;
        }
        if (!"error".equals(payloadType)) {
            return "error reply with payloadtype '" + payloadType + "'";
        }
        String failureJson = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
        JsonObject failure = Json.createReader(new StringReader(failureJson)).readObject();
        if (failure.getInt("status") != answer.status()) {
            return "error payload status " + failure.getInt("status") + " with HTTP " + answer.status();
        }
        failure.getString("message");
        return null;
    }

    private static String restProblem(FuzzRequest request, Sender.Answer answer) {
        String type = answer.contentType();
        if (answer.status() >= 400) {
            if (answer.status() == 400 && ContainerRefusals.badPathEncoding(request.pathWithQuery())) {
                return null; // Liberty's web container refuses these before JAX-RS (docs/reliability.md, Fuzz)
            }
            if (!type.startsWith("application/problem+json")) {
                return "a " + answer.status() + " as '" + type + "', not problem+json";
            }
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            JsonValue status = problem.get("status");
            if (!(status instanceof JsonNumber n) || n.intValue() != answer.status()) {
                return "problem status " + status + " with HTTP " + answer.status();
            }
            if (!(problem.get("type") instanceof JsonString) || !(problem.get("title") instanceof JsonString)) {
                return "problem without type or title";
            }
            return null;
        }
        if (type.startsWith("application/json") && !answer.body().isEmpty()) {
            Json.createReader(new StringReader(answer.body())).readValue();
        }
        return null;
    }

    public static String abbreviated(String text, int max) {
        if (text == null) {
            return "null";
        }
        String flat = text.replace("\u0000", "\\u0000");
        return flat.length() <= max ? flat : flat.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
