package io.colonies.model.rpc;

/** Server-level messages (PROTOCOL §5.1). */
public final class ServerMessages {
    private ServerMessages() {
    }

    public static class Version extends Message {
        public String buildversion = "";
        public String buildtime = "";

        public Version() {
            super("versionmsg");
        }
    }

    public static class GetStatistics extends Message {
        public GetStatistics() {
            super("getstatisticsmsg");
        }
    }

    public static class GetCluster extends Message {
        public GetCluster() {
            super("getclustermsg");
        }
    }
}
