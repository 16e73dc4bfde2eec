package io.colonies.model.rpc;

import io.colonies.model.core.Colony;

/** Colony messages (PROTOCOL §5.2). */
public final class ColonyMessages {
    private ColonyMessages() {
    }

    public static class AddColony extends Message {
        public Colony colony;

        public AddColony() {
            super("addcolonymsg");
        }
    }

    public static class DeleteColony extends Message {
        public String colonyid = "";

        public DeleteColony() {
            super("deletecolonymsg");
        }
    }

    public static class RenameColony extends Message {
        public String colonyid = "";
        public String name = "";

        public RenameColony() {
            super("renamecolonymsg");
        }
    }

    public static class GetColonies extends Message {
        public GetColonies() {
            super("getcoloniesmsg");
        }
    }

    public static class GetColony extends Message {
        public String colonyid = "";

        public GetColony() {
            super("getcolonymsg");
        }
    }

    public static class GetColonyStats extends Message {
        public String colonyid = "";

        public GetColonyStats() {
            super("getcolonystatsmsg");
        }
    }
}
