package io.colonies.model.rpc;

/** WebSocket subscription messages (PROTOCOL §5.10, §7). */
public final class SubscribeMessages {
    private SubscribeMessages() {
    }

    public static class SubscribeProcesses extends Message {
        public String executortype = "";
        public int state;
        public int timeout;

        public SubscribeProcesses() {
            super("subscribeprocessesmsg");
        }
    }

    public static class SubscribeProcess extends Message {
        public String processid = "";
        public String executortype = "";
        public int state;
        public int timeout;

        public SubscribeProcess() {
            super("subscribeprocessmsg");
        }
    }

    /** The paper's attribute subscription: a frame for each attribute added to (or removed from) a process. */
    public static class SubscribeAttributes extends Message {
        public String processid = "";
        public int timeout;

        public SubscribeAttributes() {
            super("subscribeattributesmsg");
        }
    }
}
