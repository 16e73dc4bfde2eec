package io.colonies.web.transport;

import java.util.function.Consumer;

/**
 * Checks the {@code Content-Type} and {@code Accept} headers with the very parser JAX-RS will use
 * (issue 14, fuzz finding 8). RESTEasy refuses an unparsable one before any of our mappers can
 * answer, with the web container's HTML error page; checked here first, the client gets the 400 in
 * the endpoint's own shape. The parser is passed in so that the splitting rules stay testable
 * without a JAX-RS runtime.
 */
final class MediaTypeHeaders {
    private static final int SHOWN_CHARS = 60;

    private final Consumer<String> parser;

    /** @param parser throws {@link IllegalArgumentException} for a media type JAX-RS cannot read */
    MediaTypeHeaders(Consumer<String> parser) {
        this.parser = parser;
    }

    /** Why the headers cannot be read, or null when they can. */
    String problem(String contentType, String accept) {
        if (contentType != null && !contentType.isBlank() && !parses(contentType.trim())) {
            return "Content-Type '" + shown(contentType) + "' is not a media type (type/subtype[; parameter=value])";
        }
        if (accept != null) {
            // RESTEasy splits Accept at every comma, quoted or not, and reads "*" as "*/*"
            for (String range : accept.split(",")) {
                String trimmed = range.trim();
                if (!trimmed.isEmpty() && !trimmed.equals("*") && !trimmed.startsWith("*;") && !parses(trimmed)) {
                    return "Accept '" + shown(accept) + "' has a media range that is not a media type: '"
                            + shown(trimmed) + "'";
                }
            }
        }
        return null;
    }

    /**
     * True for a wildcard Content-Type: a type or subtype of {@code *}. JAX-RS then picks a reader by
     * the body's Java type alone, which for a JSON array was the multipart reader (a 500 found by
     * FuzzIT); a body needs a concrete type.
     */
    static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";", 2)[0].trim().split("/", 2);
        return parts[0].equals("*") || (parts.length == 2 && parts[1].trim().equals("*"));
    }

    private boolean parses(String mediaType) {
        try {
            parser.accept(mediaType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(SHOWN_CHARS).forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
        return text.codePointCount(0, text.length()) > SHOWN_CHARS ? out + "…" : out.toString();
    }
}
