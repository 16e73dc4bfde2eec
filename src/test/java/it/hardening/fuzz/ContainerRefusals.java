package it.hardening.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests that Liberty's web container answers itself with a plain 400 before any of our code runs:
 * a path whose percent-encoding is not valid UTF-8, or that encodes a slash, backslash or NUL. The
 * reply is still a 4xx; only its shape is the container's.
 */
final class ContainerRefusals {
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private ContainerRefusals() {
    }

    static boolean badPathEncoding(String pathWithQuery) {
        int query = pathWithQuery.indexOf('?');
        String path = query < 0 ? pathWithQuery : pathWithQuery.substring(0, query);
        String upper = path.toUpperCase(Locale.ROOT);
        if (upper.contains("%2F") || upper.contains("%5C") || upper.contains("%00")) {
            return true;
        }
        Matcher m = ESCAPE.matcher(path);
        ByteBuffer bytes = ByteBuffer.allocate(path.length() * 4);
        int last = 0;
        while (m.find()) {
            bytes.put(path.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            bytes.put((byte) Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        if (last == 0) {
            return false;
        }
        bytes.put(path.substring(last).getBytes(StandardCharsets.UTF_8)).flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }
}
