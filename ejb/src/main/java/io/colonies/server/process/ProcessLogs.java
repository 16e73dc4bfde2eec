package io.colonies.server.process;

import io.colonies.model.core.Log;
import io.colonies.model.core.ProcessState;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The process log use cases (HEAD's addlogmsg/getlogsmsg): the executor running a process appends
 * lines, members of its colony read them in order and follow them with {@code since}.
 */
@Stateless
public class ProcessLogs {
    @Inject
    ProcessLogRepository store;

    @Inject
    ProcessLogSettings settings;

    @Inject
    Authorizer authorizer;

    @Inject
    Clock clock;

    /**
     * Only the assignee of a running process. A full log refuses the line (409) rather than dropping old
     * ones: the start of a log is what explains a failure, and the executor learns that it was not kept.
     */
    public Log add(Caller caller, ColonyScope scope, ProcessId id, String message) {
        ProcessLogRepository.Target target = store.lockTarget(id.value());
        if (target == null) {
            throw ProcessException.notFound(id.value());
        }
        scope.require(target.colonyId(), "Process " + id);
        authorizer.requireMember(caller, target.colonyId());
        if (target.state() != ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add log, process is not running");
        }
        if (!caller.id().equals(target.assignee())) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add log, only executor with id "
                    + target.assignee() + " is allowed to add logs");
        }
        String text = message == null ? "" : message;
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.maxMessageBytes()) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to add log, message is " + bytes
                    + " bytes, more than the limit of " + settings.maxMessageBytes());
        }
        ProcessLogRepository.Usage usage = store.usage(id.value());
        if (usage.bytes() + bytes > settings.maxBytesPerProcess()) {
            throw new ProcessException(ErrorKind.CONFLICT, "Failed to add log, the log of process " + id
                    + " is full (" + settings.maxBytesPerProcess() + " bytes)");
        }
        Log log = new Log();
        log.processid = id.value();
        log.colonyid = target.colonyId();
        log.executorid = caller.id();
        log.message = text;
        // Strictly increasing per process even when the clock stands still (test clock) or steps back.
        log.timestamp = Math.max(nanos(clock.instant()), usage.lastTimestamp() + 1);
        store.insert(log, bytes);
        return log;
    }

    /** Approved members of the process's colony; {@code count} 1..500 lines after {@code since}, oldest first. */
    public List<Log> get(Caller caller, ColonyScope scope, ProcessId id, int count, long since) {
        ProcessLogRepository.Target target = store.target(id.value());
        if (target == null) {
            throw ProcessException.notFound(id.value());
        }
        scope.require(target.colonyId(), "Process " + id);
        authorizer.requireMember(caller, target.colonyId());
        if (count < 1 || count > ProcessLogSettings.MAX_COUNT) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    "Count must be between 1 and the MaxCount limit <" + ProcessLogSettings.MAX_COUNT + ">");
        }
        if (since < 0) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "since must not be negative");
        }
        return store.after(id.value(), since, count);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
