package io.colonies.bench;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

/**
 * Reads one top-level string field of a reply without binding the whole Process: the harness only
 * needs the process id, and a streaming read costs the shared CPU far less than a full JSON-B bind.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String topLevelString(String json, String field) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        if (depth == 1 && parser.getString().equals(field)) {
                            parser.next();
                            return parser.getString();
                        }
                    }
                    default -> { }
                }
            }
        }
        throw new IllegalStateException("reply has no top-level '" + field + "': " + json);
    }

    static String processId(RpcResponse reply) {
        return topLevelString(reply.payloadJson(), "processid");
    }
}
