package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.security.Hashes;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Generator use cases (PROTOCOL §5.8), the one entry point of RPC and REST; every one needs an
 * approved member of the generator's colony. Each checks the scope and the role once, in one
 * container-managed transaction.
 */
@Stateless
public class Generators {
    @Inject
    Authorizer authorizer;

    @Inject
    GeneratorStore store;

    @Inject
    ColoniesConfig config;

    @Inject
    Clock clock;

    public Generator add(Caller caller, Generator g) {
        if (g == null) {
            throw new GeneratorException(ErrorKind.BAD_REQUEST, "Failed to add generator, msg.Generator is nil");
        }
        authorizer.requireMember(caller, g.colonyid);
        GeneratorRules.validate(g);
        g.generatorid = Hashes.randomId();
        if (!store.insert(g)) {
            throw new GeneratorException(ErrorKind.CONFLICT, "A generator named " + g.name + " already exists");
        }
        return store.find(g.generatorid);
    }

    /** With the queue size and the checker period (ms), which only getgeneratormsg reports. */
    public Generator get(Caller caller, ColonyScope scope, String generatorId) {
        Generator g = generatorId == null ? null : store.find(generatorId);
        if (g == null) {
            throw notFound("Generator with Id " + generatorId);
        }
        authorize(caller, scope, generatorId, g.colonyid);
        g.queuesize = store.queueSize(generatorId);
        g.checkerperiod = config.generatorCheckerPeriodMs();
        return g;
    }

    /**
     * By its (globally unique) name. The role is checked before the scope, as REST always did here: a
     * stranger learns nothing about the colony a name belongs to.
     */
    public Generator resolve(Caller caller, ColonyScope scope, String name) {
        Generator g = name == null ? null : store.findByName(name);
        if (g == null) {
            throw notFound("Generator named " + name);
        }
        authorizer.requireMember(caller, g.colonyid);
        scope.require(g.colonyid, "Generator " + name);
        return g;
    }

    /** Up to {@code count} generators of the colony; none is an empty list, not an error (unlike quirk Q2). */
    public List<Generator> list(Caller caller, ColonyId colony, int count) {
        authorizer.requireMember(caller, colony.value());
        return count <= 0 ? List.of() : store.list(colony.value(), count);
    }

    /** Queues an arg; the checker submits the workflow later, on whichever replica holds its lease. */
    public void pack(Caller caller, ColonyScope scope, String generatorId, String arg) {
        requireAllowed(caller, scope, generatorId);
        if (!store.pack(generatorId, arg == null ? "" : arg, clock.instant())) {
            throw notFound("Generator with Id " + generatorId); // deleted since the check
        }
    }

    public void delete(Caller caller, ColonyScope scope, String generatorId) {
        requireAllowed(caller, scope, generatorId);
        if (store.delete(generatorId) == 0) {
            throw notFound("Generator with Id " + generatorId);
        }
    }

    private void requireAllowed(Caller caller, ColonyScope scope, String generatorId) {
        String colony = generatorId == null ? null : store.colonyOf(generatorId);
        if (colony == null) {
            throw notFound("Generator with Id " + generatorId);
        }
        authorize(caller, scope, generatorId, colony);
    }

    private void authorize(Caller caller, ColonyScope scope, String generatorId, String colony) {
        scope.require(colony, "Generator " + generatorId);
        authorizer.requireMember(caller, colony);
    }

    private static GeneratorException notFound(String what) {
        return new GeneratorException(ErrorKind.NOT_FOUND, what + " does not exist");
    }
}
