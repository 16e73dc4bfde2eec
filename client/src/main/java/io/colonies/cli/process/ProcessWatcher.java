package io.colonies.cli.process;

import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Formats;
import io.colonies.client.ColoniesClient;
import io.colonies.model.core.Process;
import io.colonies.model.security.PrivateKey;
import java.util.function.Consumer;

/** Polls {@code getprocessmsg} until the process succeeds or fails, reporting state changes. */
public class ProcessWatcher {
    private final ColoniesClient client;
    private final PrivateKey key;
    private final Consumer<String> progress;

    public ProcessWatcher(ColoniesClient client, PrivateKey key, Consumer<String> progress) {
        this.client = client;
        this.key = key;
        this.progress = progress;
    }

    /** @return the process in a final state, or in its last state when the clock's limit expired */
    public Process await(String processId, WaitClock clock) {
        int shown = Integer.MIN_VALUE;
        while (true) {
            Process p = client.process(processId, key);
            if (p.state != shown) {
                shown = p.state;
                progress.accept(clock.stamp() + " process " + processId + ": " + Formats.state(p.state));
                clock.noted();
            } else if (clock.reminderDue()) {
                progress.accept(clock.stamp() + " still " + Formats.state(p.state));
            }
            if (States.isFinal(p.state)) {
                return p;
            }
            if (clock.expired()) {
                progress.accept(clock.stamp() + " gave up waiting; the process is " + Formats.state(p.state));
                return p;
            }
            clock.pause();
        }
    }
}
