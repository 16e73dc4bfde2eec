package it.hardening.fuzz;

import io.colonies.model.security.PrivateKey;
import it.hardening.fuzz.Tree.Obj;
import it.hardening.fuzz.Tree.Raw;
import it.hardening.fuzz.Tree.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Structure-aware mutations of a valid JSON message: one to three edits of a field chosen among all
 * fields of the message (wrong type, extreme number, NUL, odd Unicode, 1 MB or overlong string, deep
 * nesting, missing, duplicated or renamed key, another colony's id), or now and then of the whole text.
 * Every edit is recorded in words, so a failing request can be read without replaying it.
 */
public final class Mutator {
    /** What a mutation did to one field, or to the whole text. */
    public enum Kind {
        WRONG_TYPE, EXTREME_NUMBER, NUL, UNICODE, BAD_UTF8, HUGE_STRING, LONG_STRING, EMPTY_STRING, DEEP_NESTING,
        MISSING_KEY, DUPLICATE_KEY, KEY_CASE, NUL_IN_KEY, UNKNOWN_KEY, FOREIGN_ID, WHOLE_TEXT
    }

    private static final Kind[] FIELD_KINDS = {
        Kind.WRONG_TYPE, Kind.WRONG_TYPE, Kind.EXTREME_NUMBER, Kind.EXTREME_NUMBER, Kind.NUL, Kind.UNICODE,
        Kind.BAD_UTF8, Kind.HUGE_STRING, Kind.LONG_STRING, Kind.EMPTY_STRING, Kind.DEEP_NESTING, Kind.MISSING_KEY,
        Kind.DUPLICATE_KEY, Kind.KEY_CASE, Kind.NUL_IN_KEY, Kind.UNKNOWN_KEY, Kind.FOREIGN_ID, Kind.FOREIGN_ID};

    static final String[] EXTREMES = {
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "4294967301", "1e308", "-1e308",
        "1e309", "4.9e-324", "1e-400", "-0", "-0.0", "0", "-1", "1.5", "1E2", "0.1e1", "1e2147483648",
        "1e-2147483649", "123456789012345678901234567890", "0.000000000000000000000000000001"};

    private static final String[] UNICODE = {
        "\ud800", "\udc00", "a\udc00\ud800b", "\ud83d\ude00", "\u202e", "\ufeff", "\uffff", "\ufffe", "e\u0301",
        "\u65e5\u672c\u8a9e", "\u2028\u2029", "\u0085", "\u00e9".repeat(300), "\t\r\n", "%00", "\\u0000", "'; --"};

    private static final int MEGABYTE = 1 << 20;
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final List<String> foreignIds;
    private final AtomicInteger hugeBudget;

    public Mutator(List<String> foreignIds, AtomicInteger hugeBudget) {
        this.foreignIds = foreignIds;
        this.hugeBudget = hugeBudget;
    }

    /** Mutates {@code root} in place or returns a replacement; {@code log} gets one line per edit. */
    public Object mutate(Object root, Random r, List<String> log) {
        int edits = r.nextInt(10) < 7 ? 1 : r.nextInt(3) < 2 ? 2 : 3;
        for (int i = 0; i < edits; i++) {
            List<Slot> slots = Slot.all(root);
            if (slots.isEmpty() || r.nextInt(12) == 0) {
                boundWaits(root);
                root = wholeText(root, r, log);
                continue;
            }
            Slot slot = slots.get(r.nextInt(slots.size()));
            Kind kind = FIELD_KINDS[r.nextInt(FIELD_KINDS.length)];
            log.add(slot.path() + " " + kind + " " + apply(slot, kind, r));
        }
        boundWaits(root);
        return root;
    }

    /**
     * A long-poll is a valid request that waits: keep any top-level timeout at most 1 s, so that a
     * "valid" mutation does not park a thread for minutes and look like a hung server.
     */
    static void boundWaits(Object payload) {
        if (!(payload instanceof Obj obj)) {
            return;
        }
        for (Member m : obj.members) {
            if (m.key.trim().equalsIgnoreCase("timeout") && waitsLong(m.value)) {
                m.value = new Raw("1");
            }
        }
    }

    static boolean waitsLong(Object value) {
        String text = value instanceof Raw raw ? raw.text() : value instanceof String s ? s : null;
        if (text == null) {
            return false;
        }
        try {
            BigDecimal seconds = new BigDecimal(text.trim());
            // beyond a long the server must refuse it anyway: keep that mutation as it is
            return seconds.compareTo(BigDecimal.ONE) > 0 && seconds.compareTo(LONG_MAX) <= 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private String apply(Slot slot, Kind kind, Random r) {
        Object current = slot.get();
        switch (kind) {
            case WRONG_TYPE -> slot.set(wrongType(current, r));
            case EXTREME_NUMBER -> slot.set(extremeNumber(r));
            case NUL -> slot.set(insert(current, "\u0000", r));
            case UNICODE -> slot.set(r.nextBoolean() ? UNICODE[r.nextInt(UNICODE.length)]
                    : insert(current, UNICODE[r.nextInt(UNICODE.length)], r));
            case BAD_UTF8 -> slot.set(insert(current, Tree.BAD_BYTES, r));
            case HUGE_STRING -> {
                if (hugeBudget.getAndDecrement() > 0) {
                    slot.set(r.nextBoolean() ? "h".repeat(MEGABYTE) : "\u00e9".repeat(MEGABYTE / 2));
                } else {
                    slot.set("l".repeat(70_000));
                    return "(budget spent) 70000 chars";
                }
            }
            case LONG_STRING -> slot.set(longString(current, r));
            case EMPTY_STRING -> slot.set("");
            case DEEP_NESTING -> slot.set(new Raw(deepNesting(r)));
            case MISSING_KEY -> {
                // a removed array element is gone from its list: describe what was there
                slot.remove();
                return describe(current);
            }
            case DUPLICATE_KEY -> {
                if (slot.key() == null) {
                    slot.set(wrongType(current, r));
                    return "(array element) retyped";
                }
                Object other = r.nextBoolean() ? wrongType(current, r) : foreignId(r);
                slot.duplicate(other, r.nextBoolean());
                return "with " + describe(other);
            }
            case KEY_CASE -> {
                String key = slot.key();
                if (key != null) {
                    slot.renameKey(r.nextBoolean() ? key.toUpperCase(Locale.ROOT) : capitalised(key));
                    if (r.nextBoolean()) {
                        slot.duplicate(wrongType(current, r), r.nextBoolean());
                        return "renamed and kept the original case too";
                    }
                }
            }
            case NUL_IN_KEY -> {
                if (slot.key() != null) {
                    slot.renameKey(slot.key() + "\u0000");
                }
            }
            case UNKNOWN_KEY -> {
                String key = r.nextBoolean() ? "unknown\u0000" : "zz" + r.nextInt(1000);
                Object value = wrongType(null, r);
                slot.addSibling(key, value);
                return "added " + Tree.write(key) + ":" + describe(value);
            }
            case FOREIGN_ID -> slot.set(foreignId(r));
            default -> throw new IllegalStateException(kind.toString());
        }
        return describe(slot.get());
    }

    /** A value of a different JSON type than {@code current}. */
    static Object wrongType(Object current, Random r) {
        List<Object> choices = new ArrayList<>();
        if (!(current instanceof String)) {
            choices.add(r.nextBoolean() ? "x" : "12");
        }
        if (!(current instanceof Raw)) {
            choices.add(new Raw(r.nextBoolean() ? "7" : "-3.25"));
        }
        if (!(current instanceof Boolean)) {
            choices.add(r.nextBoolean());
        }
        if (!(current instanceof Obj)) {
            choices.add(r.nextBoolean() ? new Obj() : new Obj().put("a", new Raw("1")).put("b", new ArrayList<>()));
        }
        if (!(current instanceof List)) {
            choices.add(r.nextBoolean() ? new ArrayList<>() : new ArrayList<>(List.of("a", new Raw("1"), new Obj())));
        }
        if (current != null) {
            choices.add(null);
        }
        return choices.get(r.nextInt(choices.size()));
    }

    private static Raw extremeNumber(Random r) {
        if (r.nextInt(6) == 0) {
            return new Raw("9".repeat(20 + r.nextInt(5000)));
        }
        return new Raw(EXTREMES[r.nextInt(EXTREMES.length)]);
    }

    /** {@code text} inserted into a string value, or standing alone for other values. */
    private static String insert(Object current, String text, Random r) {
        if (current instanceof String s && !s.isEmpty()) {
            int at = r.nextInt(s.length() + 1);
            return s.substring(0, at) + text + s.substring(at);
        }
        return text;
    }

    private static String longString(Object current, Random r) {
        int[] lengths = {255, 256, 257, 1000, 4097, 65536};
        int length = lengths[r.nextInt(lengths.length)];
        String seed = current instanceof String s && !s.isEmpty() ? s : "n";
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(seed);
        }
        return out.substring(0, length);
    }

    private static String deepNesting(Random r) {
        int depth = new int[] {600, 1000, 10_000, 50_000}[r.nextInt(4)];
        return switch (r.nextInt(4)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case 2 -> "[{\"a\":".repeat(depth / 2) + "null" + "}]".repeat(depth / 2);
            default -> "[".repeat(depth); // unbalanced: never closed
        };
    }

    /** Another colony's id, an id nobody has, or a near miss of an id's syntax. */
    private Object foreignId(Random r) {
        int pick = r.nextInt(10);
        if (pick < 6 && !foreignIds.isEmpty()) {
            return foreignIds.get(r.nextInt(foreignIds.size()));
        }
        return switch (pick) {
            case 6 -> PrivateKey.generate().id();
            case 7 -> "0".repeat(64);
            case 8 -> PrivateKey.generate().id().toUpperCase(Locale.ROOT);
            default -> PrivateKey.generate().id().substring(1);
        };
    }

    private static Object wholeText(Object root, Random r, List<String> log) {
        String text = Tree.write(root);
        Object result = switch (r.nextInt(9)) {
            case 0 -> new Raw(text.substring(0, r.nextInt(Math.max(1, text.length()))));
            case 1 -> new Raw(text + (r.nextBoolean() ? "}" : " garbage"));
            case 2 -> new Raw("");
            case 3 -> new Raw(new String[] {"[]", "null", "1", "\"s\"", "true", "[" + text + "]"}[r.nextInt(6)]);
            case 4 -> new Raw("\ufeff" + text);
            case 5 -> new Raw(deepNesting(r));
            case 6 -> new Raw(text.replace('"', '\''));
            case 7 -> new Raw("/* c */" + text);
            default -> new Raw(text.replaceFirst(":", ":" + "[".repeat(3)));
        };
        log.add("(whole text) " + Kind.WHOLE_TEXT + " " + describe(result));
        return result;
    }

    private static String capitalised(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    static String describe(Object value) {
        String text = value instanceof String s ? Tree.write(s) : Tree.write(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "… (" + text.length() + " chars)";
    }
}
