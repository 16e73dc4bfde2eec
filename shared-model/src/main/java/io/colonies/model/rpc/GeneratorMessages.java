package io.colonies.model.rpc;

import io.colonies.model.core.Generator;

/** Generator messages (PROTOCOL §5.8). */
public final class GeneratorMessages {
    private GeneratorMessages() {
    }

    public static class AddGenerator extends Message {
        public Generator generator;

        public AddGenerator() {
            super("addgeneratormsg");
        }
    }

    public static class GeneratorRef extends Message {
        public String generatorid = "";
        public boolean all;

        public GeneratorRef(String msgtype) {
            super(msgtype);
        }
    }

    public static class GetGenerator extends GeneratorRef {
        public GetGenerator() {
            super("getgeneratormsg");
        }
    }

    public static class DeleteGenerator extends GeneratorRef {
        public DeleteGenerator() {
            super("deletegeneratormsg");
        }
    }

    public static class ResolveGenerator extends Message {
        public String generatorname = "";

        public ResolveGenerator() {
            super("resolvegeneratormsg");
        }
    }

    public static class GetGenerators extends Message {
        public String colonyid = "";
        public int count;

        public GetGenerators() {
            super("getgeneratorsmsg");
        }
    }

    public static class PackGenerator extends Message {
        public String generatorid = "";
        public String arg = "";

        public PackGenerator() {
            super("packgeneratormsg");
        }
    }
}
