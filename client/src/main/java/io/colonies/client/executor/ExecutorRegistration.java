package io.colonies.client.executor;

import io.colonies.client.ColoniesClient;
import io.colonies.client.ColoniesException;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The start-up half of PROTOCOL §6.11. Looks before it writes, so a restarted executor with the same
 * key neither fails on "already registered" nor depends on the server's error texts.
 */
public class ExecutorRegistration {
    private final ColoniesClient client;
    private final ExecutorSettings settings;
    private final Consumer<String> log;

    public ExecutorRegistration(ColoniesClient client, ExecutorSettings settings, Consumer<String> log) {
        this.client = client;
        this.settings = settings;
        this.log = log;
    }

    /** Registers (if unknown) and approves (if not approved) the executor, signing with the colony key. */
    public void ensureRegisteredAndApproved() {
        if (settings.colonyKey() == null) {
            return;
        }
        Optional<Executor> known = client.executors(settings.colonyId(), settings.colonyKey()).stream()
                .filter(e -> settings.executorId().equals(e.executorid))
                .findFirst();
        if (known.isEmpty()) {
            client.addExecutor(newExecutor(), settings.colonyKey());
            log.accept("registered executor " + settings.executorName() + " (" + settings.executorId() + ")");
        }
        if (known.isEmpty() || known.get().state != Executor.APPROVED) {
            client.approveExecutor(settings.executorId(), settings.colonyKey());
        }
    }

    /**
     * Registers each function the executor does not have yet. A failure here is logged and skipped:
     * the registry is informational and assignment does not depend on it.
     */
    public void registerFunctions(Collection<String> funcnames) {
        Set<String> existing = client.functionsOfExecutor(settings.executorId(), settings.executorKey()).stream()
                .map(f -> f.funcname)
                .collect(Collectors.toSet());
        for (String name : funcnames) {
            if (existing.contains(name)) {
                continue;
            }
            try {
                client.addFunction(newFunction(name), settings.executorKey());
            } catch (ColoniesException e) {
                log.accept("could not register function " + name + ": " + e.getMessage());
            }
        }
    }

    private Executor newExecutor() {
        Executor executor = new Executor();
        executor.executorid = settings.executorId();
        executor.executortype = settings.executorType();
        executor.executorname = settings.executorName();
        executor.colonyid = settings.colonyId();
        return executor;
    }

    private Function newFunction(String name) {
        Function function = new Function();
        function.executorid = settings.executorId();
        function.colonyid = settings.colonyId();
        function.funcname = name;
        return function;
    }
}
