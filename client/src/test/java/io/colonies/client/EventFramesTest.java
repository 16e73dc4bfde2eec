package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ProcessEvents.AttributeListener;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SSE lines to frames, and attribute-stream frames to listener calls, without a server. */
class EventFramesTest {
    private final List<String> seen = new ArrayList<>();
    private final EventFrames frames = new EventFrames(new EventFrames.Sink() {
        @Override
        public void subscribed() {
            seen.add("subscribed");
        }

        @Override
        public void frame(String event, String data) {
            seen.add(event + "|" + data);
        }
    });

    private void feed(String text) {
        text.lines().forEach(frames::line);
        if (text.endsWith("\n\n")) {
            frames.line("");
        }
    }

    @Test
    void theSubscribedCommentIsReportedOnceAndOtherCommentsAreIgnored() {
        assertFalse(frames.confirmed());
        feed(": subscribed\n\n: keep-alive\n\n: subscribed\n\n");
        assertTrue(frames.confirmed());
        assertEquals(List.of("subscribed"), seen);
    }

    @Test
    void aBlankLineEndsAFrameWithItsNameWhichDoesNotCarryOver() {
        feed("event: success\nid: abc\ndata: {\"state\":2}\n\ndata: {\"state\":1}\n\n");
        assertEquals(List.of("success|{\"state\":2}", "|{\"state\":1}"), seen);
    }

    @Test
    void dataLinesJoinWithNewlinesAndOneLeadingSpaceIsDropped() {
        feed("event:attribute-added\ndata:{\"a\":\ndata:  1}\n\n");
        assertEquals(List.of("attribute-added|{\"a\":\n 1}"), seen);
    }

    @Test
    void aFrameWithoutDataIsDroppedAndItsNameForgotten() {
        feed("event: success\nid: abc\n\ndata: x\n\n");
        assertEquals(List.of("|x"), seen);
    }

    @Test
    void anUnfinishedFrameIsNotDelivered() {
        frames.line("event: success");
        frames.line("data: {}");
        assertEquals(List.of(), seen);
    }

    /** What an attribute listener was told, in order. */
    private static final class Recorder implements AttributeListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onAdded(Attribute attribute) {
            calls.add("added " + attribute.attributeid + " " + attribute.key + "=" + attribute.value);
        }

        @Override
        public void onRemoved(String attributeId) {
            calls.add("removed " + attributeId);
        }

        @Override
        public void onProcess(Process process) {
            calls.add("process " + process.processid + " " + process.state);
        }
    }

    @Test
    void attributeFramesBecomeAddedRemovedAndProcessCalls() {
        Recorder r = new Recorder();
        ProcessEvents.deliverAttributeFrame("attribute-added", "{\"change\":\"added\",\"attribute\":"
                + "{\"attributeid\":\"a1\",\"targetid\":\"p\",\"key\":\"progress\",\"value\":\"50%\",\"attributetype\":1}}", r);
        ProcessEvents.deliverAttributeFrame("attribute-removed", "{\"change\":\"removed\",\"attribute\":"
                + "{\"attributeid\":\"a1\",\"targetid\":\"p\",\"targetcolonyid\":\"c\"}}", r);
        ProcessEvents.deliverAttributeFrame("success", "{\"processid\":\"p\",\"state\":2}", r);
        assertEquals(List.of("added a1 progress=50%", "removed a1", "process p 2"), r.calls);
    }

    @Test
    void unreadableOrIncompleteAttributeFramesAreSkipped() {
        Recorder r = new Recorder();
        ProcessEvents.deliverAttributeFrame("attribute-added", "{not json", r);
        ProcessEvents.deliverAttributeFrame("attribute-added", "{\"change\":\"added\"}", r);
        ProcessEvents.deliverAttributeFrame("attribute-added", "{\"change\":\"added\",\"attribute\":{\"key\":\"k\"}}", r);
        ProcessEvents.deliverAttributeFrame("attribute-renamed", "{\"change\":\"renamed\",\"attribute\":"
                + "{\"attributeid\":\"a1\"}}", r);
        ProcessEvents.deliverAttributeFrame("failed", "[1,2", r);
        assertEquals(List.of(), r.calls);
        ProcessEvents.deliverAttributeFrame("attribute-added", "{\"change\":\"added\",\"attribute\":"
                + "{\"attributeid\":\"a2\",\"key\":\"k\",\"value\":\"v\"}}", r);
        assertEquals(List.of("added a2 k=v"), r.calls, "the stream goes on after a bad frame");
    }
}
