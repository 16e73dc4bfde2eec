package io.colonies.client;

import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Generator;
import io.colonies.model.rpc.GeneratorMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/**
 * Generators (PROTOCOL §5.8).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface GeneratorOperations extends RpcOperations {
    /** Approved executor key. */
    default Generator addGenerator(Generator generator, PrivateKey executorKey) {
        return call(transport(), with(new GeneratorMessages.AddGenerator(), m -> m.generator = generator),
                executorKey, Generator.class);
    }

    /** Approved executor key. */
    default Generator generator(String generatorId, PrivateKey executorKey) {
        return call(transport(), with(new GeneratorMessages.GetGenerator(), m -> m.generatorid = generatorId),
                executorKey, Generator.class);
    }

    /** Approved executor key; generator names are unique server-wide. */
    default Generator resolveGenerator(String name, PrivateKey executorKey) {
        return call(transport(), with(new GeneratorMessages.ResolveGenerator(), m -> m.generatorname = name),
                executorKey, Generator.class);
    }

    /** Approved executor key. */
    default List<Generator> generators(String colonyId, int count, PrivateKey executorKey) {
        return callList(transport(), with(new GeneratorMessages.GetGenerators(), m -> {
            m.colonyid = colonyId;
            m.count = count;
        }), executorKey, Generator.class);
    }

    /** Approved executor key; queues one argument for the generator's next workflow. */
    default void packGenerator(String generatorId, String arg, PrivateKey executorKey) {
        transport().call(with(new GeneratorMessages.PackGenerator(), m -> {
            m.generatorid = generatorId;
            m.arg = arg;
        }), executorKey);
    }

    /** Approved executor key. */
    default void deleteGenerator(String generatorId, PrivateKey executorKey) {
        transport().call(with(new GeneratorMessages.DeleteGenerator(), m -> m.generatorid = generatorId), executorKey);
    }
}
