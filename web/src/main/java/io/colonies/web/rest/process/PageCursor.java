package io.colonies.web.rest.process;

import io.colonies.model.core.Process;
import io.colonies.web.rest.RestInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of process listings: the (priority time, process id) of the last row of
 * the previous page, the keyset of the listing's order. Opaque so clients never build one.
 */
record PageCursor(long priorityTime, String processId) {
    static final PageCursor FIRST = new PageCursor(Long.MIN_VALUE, "");

    static PageCursor after(Process last) {
        return new PageCursor(last.prioritytime, last.processid);
    }

    static PageCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return FIRST;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            String id = plain.substring(colon + 1);
            if (colon < 1 || !id.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(plain);
            }
            return new PageCursor(Long.parseLong(plain.substring(0, colon)), id);
        } catch (IllegalArgumentException e) {
            throw new RestInputException("cursor", "Query parameter 'cursor' is not a cursor this server issued;"
                    + " use the 'next' value of the previous page");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((priorityTime + ":" + processId).getBytes(StandardCharsets.UTF_8));
    }
}
