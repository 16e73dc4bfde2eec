package io.colonies.bench;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a few scalar fields of a reply without binding the whole Process: the harness only needs
 * process ids and statuses, and a streaming read costs the shared CPU far less than a full JSON-B bind.
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

    /**
     * For a JSON array of objects (a batch reply): per object, the scalar values of {@code fields} at
     * its top level, as text; fields of nested objects (a process's spec, a result's problem) are not
     * read. A field that is missing or not a scalar is absent from that object's map.
     */
    static List<Map<String, String>> arrayItems(String json, Set<String> fields) {
        List<Map<String, String>> items = new ArrayList<>();
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new IllegalStateException("reply is not a JSON array: " + json);
            }
            int depth = 1;
            Map<String, String> item = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME && depth == 2 && fields.contains(parser.getString())) {
                    String field = parser.getString();
                    event = parser.next();
                    if (event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.VALUE_NUMBER) {
                        item.put(field, parser.getString());
                        continue;
                    }
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 2) {
                            item = new HashMap<>();
                            items.add(item);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
        }
        return items;
    }
}
