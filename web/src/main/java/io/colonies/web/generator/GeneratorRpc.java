package io.colonies.web.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.GeneratorMessages.DeleteGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerators;
import io.colonies.model.rpc.GeneratorMessages.PackGenerator;
import io.colonies.model.rpc.GeneratorMessages.ResolveGenerator;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.generator.GeneratorException;
import io.colonies.server.generator.GeneratorService;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Generator messages (PROTOCOL §5.8); every one needs membership of the generator's colony. */
@ApplicationScoped
public class GeneratorRpc implements RpcFamily {
    @Inject
    GeneratorService generators;

    @Override
    public void register(Operations ops) {
        ops.add("addgeneratormsg", AddGenerator.class, "add generator",
                Access.member(m -> generator(m.generator).colonyid), r -> generators.add(r.message().generator));
        ops.add("getgeneratormsg", GetGenerator.class, "get generator",
                Access.member(m -> generators.colonyOf(m.generatorid)), r -> generators.get(r.message().generatorid));
        ops.add("resolvegeneratormsg", ResolveGenerator.class, "resolve generator",
                Access.member(m -> generators.colonyOfName(m.generatorname)),
                r -> generators.resolve(r.message().generatorname));
        ops.add("getgeneratorsmsg", GetGenerators.class, "get generators", Access.member(m -> m.colonyid),
                r -> generators.list(r.message().colonyid, r.message().count));
        ops.add("packgeneratormsg", PackGenerator.class, "increment generator",
                Access.member(m -> generators.colonyOf(m.generatorid)), r -> {
                    generators.pack(r.message().generatorid, r.message().arg);
                    return Replies.EMPTY;
                });
        ops.add("deletegeneratormsg", DeleteGenerator.class, "delete generator",
                Access.member(m -> generators.colonyOf(m.generatorid)), r -> {
                    generators.delete(r.message().generatorid);
                    return Replies.EMPTY;
                });
    }

    private static Generator generator(Generator g) {
        if (g == null) {
            throw new GeneratorException(ErrorKind.BAD_REQUEST, "Failed to add generator, msg.Generator is nil");
        }
        return g;
    }
}
