package it.hardening.fuzz;

import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds mutated REST requests: a mutated JSON body, query, path or header, then signed properly for
 * what is actually sent (so the mutation reaches the resource); or a mutated signature, or a wrong
 * signer.
 */
public final class RestFuzz {
    /** Query values and path segments as they appear in the URL, percent-encoding included. */
    static final String[] URL_VALUES = {
        "", "abc", "-1", "0", "1", "2147483648", "99999999999999999999", "1e3", "1.5", "%00", "a%00b", "%C0%80",
        "%ED%A0%80", "%F0%9F%98%80", "%E2%80%AE", "%FF", "%25", "%2F", "%20", "+5", "0x10", "true", "WAITING",
        "null", "%5B%5D", "%7B%7D", "x".repeat(5000)};
    private static final String[] CONTENT_TYPES = {
        "text/plain", "application/xml", "application/json; charset=ISO-8859-1", "application/x-www-form-urlencoded",
        "garbage", "application/json; charset=no-such-charset", "multipart/form-data; boundary=x", "*/*"};
    private static final String[] ACCEPTS = {
        "text/html", "application/xml", "*/*", "application/problem+json", "image/png", "text/event-stream",
        "application/json;q=0", "garbage/"};
    private static final String[] IDEMPOTENCY_KEYS = {"", " ", "k".repeat(256), "k".repeat(300), "a b", "\t", "%00"};

    private final List<RestTemplates.Template> templates = RestTemplates.all();
    private final Mutator mutator;
    private final long clockOffsetSeconds;
    /** One nonce per round used by every "replayed nonce" request: the first may pass, the rest are replays. */
    private final String replayedNonce = RestSignature.newNonce();

    public RestFuzz(Mutator mutator, long clockOffsetSeconds) {
        this.mutator = mutator;
        this.clockOffsetSeconds = clockOffsetSeconds;
    }

    public FuzzRequest next(int index, World world, Random r) {
        RestTemplates.Template t = templates.get(r.nextInt(templates.size()));
        String path = t.path().apply(world);
        List<String[]> query = parseQuery(t.query());
        Object body = t.body() == null ? null : Tree.parse(WireJson.toJson(t.body().apply(world)));
        PrivateKey key = t.signer().apply(world);
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Accept", "application/json"});
        List<String> log = new ArrayList<>();
        Signing signing = Signing.VALID;
        int mode = r.nextInt(100);
        if (mode < 8) {
            log.add("none");
        } else if (mode < 55 && body != null) {
            body = mutator.mutate(body, r, log);
        } else if (mode < 55 ? r.nextBoolean() : mode < 67) {
            mutateQuery(query, r, log);
        } else if (mode < 77) {
            path = mutatePath(path, world, r, log);
        } else if (mode < 85) {
            body = mutateHeaders(headers, body, r, log);
        } else if (mode < 93) {
            signing = Signing.values()[1 + r.nextInt(Signing.values().length - 1)];
            log.add("signature " + signing);
        } else {
            PrivateKey[] wrong = world.wrongSigners();
            int which = r.nextInt(wrong.length);
            key = wrong[which];
            log.add("signed by wrong key #" + which);
        }
        boundWaits(query);
        String pathWithQuery = path + (query.isEmpty() ? "" : "?" + joinQuery(query));
        byte[] bytes = body == null ? null : Tree.utf8(Tree.write(body));
        if (bytes != null && headers.stream().noneMatch(h -> h[0].equals("Content-Type"))) {
            headers.add(new String[] {"Content-Type", "application/json"});
        }
        if (key != null) {
            sign(t.method(), pathWithQuery, bytes, key, signing, r, headers);
        }
        return new FuzzRequest(index, "rest", t.name(), log, t.method(), pathWithQuery, headers, bytes, t.reading());
    }

    /** How the signature headers are (mis)made. */
    enum Signing {
        VALID, NO_SIGNATURE, NO_TIMESTAMP, NO_NONCE, GARBAGE_SIGNATURE, SHORT_SIGNATURE, BAD_TIMESTAMP, STALE, FUTURE,
        BAD_NONCE, REPLAYED_NONCE, OTHER_PATH, OTHER_BODY, LOWERCASE_METHOD
    }

    private void sign(String method, String pathWithQuery, byte[] body, PrivateKey key, Signing how, Random r,
                      List<String[]> headers) {
        long now = System.currentTimeMillis() / 1000 + clockOffsetSeconds;
        String timestamp = switch (how) {
            case BAD_TIMESTAMP -> new String[] {"abc", "-1", "01", "99999999999999999999", "1e9", "0", " " + now}[r.nextInt(7)];
            case STALE -> Long.toString(now - 100_000);
            case FUTURE -> Long.toString(now + 100_000);
            default -> Long.toString(now);
        };
        String nonce = switch (how) {
            case BAD_NONCE -> new String[] {"short", "x".repeat(200), "bad nonce!", "n%00nnnnnnnnnnnnnnnn"}[r.nextInt(4)];
            case REPLAYED_NONCE -> replayedNonce;
            default -> RestSignature.newNonce();
        };
        String signedMethod = how == Signing.LOWERCASE_METHOD ? method.toLowerCase(Locale.ROOT) : method;
        String signedPath = how == Signing.OTHER_PATH ? pathWithQuery + "x" : pathWithQuery;
        byte[] signedBody = how == Signing.OTHER_BODY ? new byte[] {'{', '}'} : body;
        String signature = RestSignature.sign(signedMethod, signedPath, signedBody, timestamp, nonce, key).signature();
        signature = switch (how) {
            case GARBAGE_SIGNATURE -> "zz" + signature.substring(2);
            case SHORT_SIGNATURE -> signature.substring(0, 64);
            default -> signature;
        };
        if (how != Signing.NO_SIGNATURE) {
            headers.add(new String[] {RestSignature.SIGNATURE_HEADER, signature});
        }
        if (how != Signing.NO_TIMESTAMP) {
            headers.add(new String[] {RestSignature.TIMESTAMP_HEADER, timestamp});
        }
        if (how != Signing.NO_NONCE) {
            headers.add(new String[] {RestSignature.NONCE_HEADER, nonce});
        }
    }

    private static void mutateQuery(List<String[]> query, Random r, List<String> log) {
        String value = URL_VALUES[r.nextInt(URL_VALUES.length)];
        int pick = r.nextInt(5);
        if (query.isEmpty() || pick == 0) {
            String name = new String[] {"limit", "state", "cursor", "timeout", "unknown", "since", "count"}[r.nextInt(7)];
            query.add(new String[] {name, value});
            log.add("query +" + name + "=" + Verdicts.abbreviated(value, 40));
        } else if (pick == 1) {
            String[] removed = query.remove(r.nextInt(query.size()));
            log.add("query -" + removed[0]);
        } else if (pick == 2) {
            String[] copy = query.get(r.nextInt(query.size()));
            query.add(new String[] {copy[0], value});
            log.add("query duplicate " + copy[0] + "=" + Verdicts.abbreviated(value, 40));
        } else {
            String[] param = query.get(r.nextInt(query.size()));
            param[1] = pick == 3 ? value : "cursor".equals(param[0]) ? "AAAA" : param[1] + value;
            log.add("query " + param[0] + "=" + Verdicts.abbreviated(param[1], 40));
        }
    }

    private static String mutatePath(String path, World world, Random r, List<String> log) {
        String[] segments = path.split("/", -1);
        // segments[0] is empty, [1] is "v1"; the rest are names and ids
        int at = segments.length <= 2 ? 1 : 2 + r.nextInt(segments.length - 2);
        String replacement = switch (r.nextInt(3)) {
            case 0 -> world.foreignIds.get(r.nextInt(world.foreignIds.size()));
            case 1 -> PrivateKey.generate().id();
            default -> URL_VALUES[r.nextInt(URL_VALUES.length)];
        };
        segments[at] = replacement;
        log.add("path segment " + at + " = " + Verdicts.abbreviated(replacement, 40));
        return String.join("/", Arrays.asList(segments));
    }

    /** Returns the body to send (a header mutation may add one where there was none). */
    private static Object mutateHeaders(List<String[]> headers, Object body, Random r, List<String> log) {
        switch (r.nextInt(5)) {
            case 0 -> {
                String type = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
                headers.add(new String[] {"Content-Type", type});
                log.add("Content-Type: " + type);
            }
            case 1 -> {
                String accept = ACCEPTS[r.nextInt(ACCEPTS.length)];
                headers.set(0, new String[] {"Accept", accept});
                log.add("Accept: " + accept);
            }
            case 2 -> {
                String idempotency = IDEMPOTENCY_KEYS[r.nextInt(IDEMPOTENCY_KEYS.length)];
                headers.add(new String[] {"Idempotency-Key", idempotency});
                log.add("Idempotency-Key: " + Verdicts.abbreviated(idempotency, 40));
            }
            case 3 -> {
                headers.add(new String[] {"Content-Encoding", r.nextBoolean() ? "gzip" : "deflate"});
                log.add("Content-Encoding that the body does not have");
                return body == null ? new Tree.Obj() : body;
            }
            default -> {
                log.add(body == null ? "a JSON body where none is expected" : "no body");
                return body == null ? new Tree.Obj().put("x", new Tree.Raw("1")) : null;
            }
        }
        return body;
    }

    /** Like {@link Mutator#boundWaits}: a valid long-poll timeout in the query stays at most 1 s. */
    private static void boundWaits(List<String[]> query) {
        for (String[] param : query) {
            if (param[0].equalsIgnoreCase("timeout") && Mutator.waitsLong(param[1])) {
                param[1] = "1";
            }
        }
    }

    static List<String[]> parseQuery(String query) {
        List<String[]> params = new ArrayList<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.add(new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
            }
        }
        return params;
    }

    private static String joinQuery(List<String[]> query) {
        StringBuilder out = new StringBuilder();
        for (String[] param : query) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(param[0]).append('=').append(param[1]);
        }
        return out.toString();
    }
}
