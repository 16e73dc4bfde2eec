package io.colonies.web.generator;

import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.GeneratorMessages.DeleteGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerators;
import io.colonies.model.rpc.GeneratorMessages.PackGenerator;
import io.colonies.model.rpc.GeneratorMessages.ResolveGenerator;
import io.colonies.server.generator.Generators;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Generator messages (PROTOCOL §5.8); each calls one {@link Generators} use case, which checks the role. */
@ApplicationScoped
public class GeneratorRpc implements RpcFamily {
    private static final ColonyScope ANY = ColonyScope.ANY;

    @Inject
    Generators generators;

    @Override
    public void register(Operations ops) {
        ops.add("addgeneratormsg", AddGenerator.class, "add generator",
                r -> generators.add(r.caller(), r.message().generator));
        ops.add("getgeneratormsg", GetGenerator.class, "get generator",
                r -> generators.get(r.caller(), ANY, r.message().generatorid));
        ops.add("resolvegeneratormsg", ResolveGenerator.class, "resolve generator",
                r -> generators.resolve(r.caller(), ANY, r.message().generatorname));
        ops.add("getgeneratorsmsg", GetGenerators.class, "get generators",
                r -> generators.list(r.caller(), ColonyId.of(r.message().colonyid), r.message().count));
        ops.add("packgeneratormsg", PackGenerator.class, "increment generator", r -> {
            generators.pack(r.caller(), ANY, r.message().generatorid, r.message().arg);
            return Replies.EMPTY;
        });
        ops.add("deletegeneratormsg", DeleteGenerator.class, "delete generator", r -> {
            generators.delete(r.caller(), ANY, r.message().generatorid);
            return Replies.EMPTY;
        });
    }
}
