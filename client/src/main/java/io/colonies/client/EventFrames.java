package io.colonies.client;

/**
 * Turns the lines of a Server-Sent Events stream into frames (event name and data), as the SSE spec
 * reads them: {@code data:} lines join with a newline, a blank line ends the frame, a frame without
 * data is dropped, and the name applies to one frame only. The {@code : subscribed} comment of the
 * Colonies stream is reported once; other comments (keep-alives) and {@code id:} are ignored.
 */
final class EventFrames {
    /** Where the frames go, on the reading thread. */
    interface Sink {
        void subscribed();

        /** {@code event} is "" when the frame had no name. */
        void frame(String event, String data);
    }

    private final Sink sink;
    private final StringBuilder data = new StringBuilder();
    private String event = "";
    private boolean hasData;
    private boolean confirmed;

    EventFrames(Sink sink) {
        this.sink = sink;
    }

    /** True once the stream confirmed the subscription. */
    boolean confirmed() {
        return confirmed;
    }

    void line(String line) {
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(":")) {
            if (!confirmed && line.substring(1).strip().equals("subscribed")) {
                confirmed = true;
                sink.subscribed();
            }
        } else {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            } else if (field.equals("event")) {
                event = value;
            }
        }
    }

    private void dispatch() {
        if (hasData) {
            sink.frame(event, data.toString());
        }
        data.setLength(0);
        hasData = false;
        event = "";
    }
}
