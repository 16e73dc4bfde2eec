package io.colonies.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording (Java execution samples, plus native samples in a
 * library's own native code) (docs/performance.md, "Where the time goes"): the
 * share of samples per library, by the frame that was running (a JDK frame counts for the library
 * that called into the JDK, so a HashMap lookup of Weld counts as Weld), the share of samples that
 * pass through each library at all, and the hottest methods.
 *
 * <pre>java -cp colonies-bench.jar io.colonies.bench.profile.JfrTop recording.jfr [top-methods]</pre>
 */
public final class JfrTop {
    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final String NATIVE_SAMPLE = "jdk.NativeMethodSample";

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> inclusive = new HashMap<>();
    private final Map<String, Long> methods = new HashMap<>();
    private long samples;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop recording.jfr [top-methods (default 25)]");
            System.exit(2);
        }
        JfrTop top = new JfrTop();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (event.getStackTrace() == null) {
                continue;
            }
            List<String[]> frames = frames(event.getStackTrace());
            String type = event.getEventType().getName();
            // a thread in a JDK native method is mostly waiting (epoll, poll, accept, socket reads);
            // a library's native method (libsecp256k1, JNA) is work
            if (type.equals(EXECUTION_SAMPLE) || (type.equals(NATIVE_SAMPLE) && !frames.isEmpty()
                    && !Component.of(frames.get(0)[0]).equals(Component.JDK))) {
                top.add(frames);
            }
        }
        System.out.print(top.report(args.length > 1 ? Integer.parseInt(args[1]) : 25));
    }

    private static List<String[]> frames(RecordedStackTrace trace) {
        List<String[]> frames = new ArrayList<>();
        for (RecordedFrame f : trace.getFrames()) {
            if (f.getMethod() != null && f.getMethod().getType() != null) {
                frames.add(new String[] {f.getMethod().getType().getName(), f.getMethod().getName()});
            }
        }
        return frames;
    }

    /** One sample: frames from the running one outwards, each {class, method}. */
    void add(List<String[]> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        methods.merge(frames.get(0)[0] + "." + frames.get(0)[1], 1L, Long::sum);
        self.merge(owner(frames), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (String[] f : frames) {
            seen.add(Component.of(f[0]));
        }
        seen.forEach(c -> inclusive.merge(c, 1L, Long::sum));
    }

    /** The first frame outside the JDK, from the running one outwards; JDK when there is none. */
    private static String owner(List<String[]> frames) {
        for (String[] f : frames) {
            String c = Component.of(f[0]);
            if (!c.equals(Component.JDK)) {
                return c;
            }
        }
        return Component.JDK;
    }

    String report(int topMethods) {
        StringBuilder out = new StringBuilder();
        out.append(samples).append(" CPU samples\n\n| Library | running (self) | on the stack |\n|---|---:|---:|\n");
        // every library that ran is also on the stack, so the inclusive keys cover all rows
        inclusive.keySet().stream()
                .sorted(Comparator.comparing((String c) -> self.getOrDefault(c, 0L)).thenComparing(inclusive::get).reversed())
                .forEach(c -> out.append("| ").append(c).append(" | ").append(percent(self.getOrDefault(c, 0L)))
                        .append(" | ").append(percent(inclusive.get(c))).append(" |\n"));
        out.append("\n| Hottest methods (self) | share |\n|---|---:|\n");
        methods.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(topMethods)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ").append(percent(e.getValue()))
                        .append(" |\n"));
        return out.toString();
    }

    private String percent(long count) {
        return samples == 0 ? "–" : String.format("%.1f %%", 100.0 * count / samples);
    }
}
