package it.hardening.fuzz;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A JSON value as the fuzzer edits it. JSON-P trees cannot hold what a hostile client sends
 * (duplicate keys, lone surrogates, numbers no Java type holds, unbalanced text), so values are plain
 * objects: {@link Obj} (ordered members, duplicates allowed), {@code List<Object>}, {@code String},
 * {@code Boolean}, {@code null}, and {@link Raw} literal text written as is (numbers stay Raw, so
 * {@code 1e400} survives a round trip).
 */
public final class Tree {
    /** A private-use pair in a string that {@link #utf8} turns into invalid UTF-8 bytes. */
    public static final String BAD_BYTES = "\uE0FF\uE0FE";
    private static final byte[] BAD_BYTES_UTF8 = BAD_BYTES.getBytes(StandardCharsets.UTF_8);
    /** 0xFF never occurs in UTF-8; C0 80 is the "modified UTF-8" NUL that strict decoders refuse. */
    private static final byte[] INVALID_UTF8 = {(byte) 0xFF, (byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private Tree() {
    }

    /** One member of an object; mutable so a mutation can change it in place. */
    public static final class Member {
        public String key;
        public Object value;

        Member(String key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    /** An object that keeps member order and duplicates. */
    public static final class Obj {
        public final List<Member> members = new ArrayList<>();

        public Obj put(String key, Object value) {
            members.add(new Member(key, value));
            return this;
        }

        public Member member(String key) {
            for (Member m : members) {
                if (m.key.equalsIgnoreCase(key)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** Literal JSON text (or deliberately broken text) written without escaping. */
    public record Raw(String text) {
    }

    public static Object parse(String json) {
        Deque<Object> open = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        Object root = null;
        String key = null;
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                Object value;
                switch (event) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        continue;
                    }
                    case START_OBJECT -> value = new Obj();
                    case START_ARRAY -> value = new ArrayList<>();
                    case END_OBJECT, END_ARRAY -> {
                        Object done = open.pop();
                        key = keys.pop();
                        if (open.isEmpty()) {
                            root = done;
                        }
                        continue;
                    }
                    case VALUE_STRING -> value = parser.getString();
                    case VALUE_NUMBER -> value = new Raw(parser.getString());
                    case VALUE_TRUE -> value = Boolean.TRUE;
                    case VALUE_FALSE -> value = Boolean.FALSE;
                    default -> value = null;
                }
                if (open.isEmpty()) {
                    root = value;
                } else {
                    add(open.peek(), key, value);
                }
                if (value instanceof Obj || value instanceof List) {
                    open.push(value);
                    keys.push(key == null ? "" : key);
                }
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, String key, Object value) {
        if (container instanceof Obj obj) {
            obj.put(key, value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Obj obj) {
            out.append('{');
            for (int i = 0; i < obj.members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(obj.members.get(i).key, out);
                out.append(':');
                write(obj.members.get(i).value, out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a tree value: " + value.getClass());
        }
    }

    /** JSON string syntax; an unpaired surrogate is written as a \\u escape, which UTF-8 cannot carry. */
    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** The UTF-8 bytes of a text, with every {@link #BAD_BYTES} replaced by invalid UTF-8. */
    public static byte[] utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!text.contains(BAD_BYTES)) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (startsWith(bytes, i, BAD_BYTES_UTF8)) {
                out.writeBytes(INVALID_UTF8);
                i += BAD_BYTES_UTF8.length - 1;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
