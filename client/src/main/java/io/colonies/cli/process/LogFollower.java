package io.colonies.cli.process;

import io.colonies.cli.WaitClock;
import io.colonies.client.ColoniesClient;
import io.colonies.model.core.Log;
import io.colonies.model.security.PrivateKey;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Prints a process's log: one page, or with follow every line as it comes, polling with {@code since}
 * until the process has ended, then the rest.
 */
public class LogFollower {
    /** Lines per request; the server's limit. */
    static final int PAGE = 500;

    private final ColoniesClient client;
    private final PrivateKey key;
    private final Consumer<Log> printer;

    public LogFollower(ColoniesClient client, PrivateKey key, Consumer<Log> printer) {
        this.client = client;
        this.key = key;
        this.printer = printer;
    }

    /** The first {@code count} lines. */
    public void print(String processId, int count) {
        client.logs(processId, count, 0, key).forEach(printer);
    }

    /**
     * @return the process's final state once it ended (and all its lines were printed), empty when the
     *         clock expired first
     */
    public OptionalInt follow(String processId, WaitClock clock) {
        long since = 0;
        while (true) {
            // Read the state before the lines: once it is final no line can follow, so one more drain is all.
            int state = client.process(processId, key).state;
            since = drain(processId, since);
            if (States.isFinal(state)) {
                return OptionalInt.of(state);
            }
            if (clock.expired()) {
                return OptionalInt.empty();
            }
            clock.pause();
        }
    }

    private long drain(String processId, long since) {
        while (true) {
            List<Log> page = client.logs(processId, PAGE, since, key);
            for (Log log : page) {
                printer.accept(log);
                since = log.timestamp;
            }
            if (page.size() < PAGE) {
                return since;
            }
        }
    }
}
