package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.security.Hashes;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Generator use cases (PROTOCOL §5.8). Authorization has already happened in the caller. */
@Stateless
public class GeneratorService {
    @Inject
    GeneratorRepository repository;

    @Inject
    ColoniesConfig config;

    @Inject
    Clock clock;

    public Generator add(Generator g) {
        GeneratorRules.validate(g);
        g.generatorid = Hashes.randomId();
        if (!repository.insert(g)) {
            throw new GeneratorException(ErrorKind.CONFLICT, "A generator named " + g.name + " already exists");
        }
        return repository.find(g.generatorid);
    }

    /** With the queue size and the checker period (ms), which only getgeneratormsg reports. */
    public Generator get(String generatorId) {
        Generator g = generatorId == null ? null : repository.find(generatorId);
        if (g == null) {
            throw notFound("Generator with Id " + generatorId);
        }
        g.queuesize = repository.queueSize(generatorId);
        g.checkerperiod = config.generatorCheckerPeriodMs();
        return g;
    }

    public Generator resolve(String name) {
        Generator g = name == null ? null : repository.findByName(name);
        if (g == null) {
            throw notFound("Generator named " + name);
        }
        return g;
    }

    public String colonyOf(String generatorId) {
        String colony = generatorId == null ? null : repository.colonyOf(generatorId);
        if (colony == null) {
            throw notFound("Generator with Id " + generatorId);
        }
        return colony;
    }

    public String colonyOfName(String name) {
        return resolve(name).colonyid;
    }

    /** Up to {@code count} generators of the colony; none is an empty list, not an error (unlike quirk Q2). */
    public List<Generator> list(String colonyId, int count) {
        return count <= 0 ? List.of() : repository.list(colonyId, count);
    }

    /** Queues an arg; the checker submits the workflow later, on whichever replica holds its lease. */
    public void pack(String generatorId, String arg) {
        if (!repository.pack(generatorId, arg == null ? "" : arg, clock.instant())) {
            throw notFound("Generator with Id " + generatorId);
        }
    }

    public void delete(String generatorId) {
        if (repository.delete(generatorId) == 0) {
            throw notFound("Generator with Id " + generatorId);
        }
    }

    private static GeneratorException notFound(String what) {
        return new GeneratorException(ErrorKind.NOT_FOUND, what + " does not exist");
    }
}
