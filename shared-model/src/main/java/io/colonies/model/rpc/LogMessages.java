package io.colonies.model.rpc;

/** Process log messages (HEAD's addlogmsg/getlogsmsg with v1.1.1 identities). */
public final class LogMessages {
    private LogMessages() {
    }

    public static class AddLog extends Message {
        public String processid = "";
        public String message = "";

        public AddLog() {
            super("addlogmsg");
        }
    }

    public static class GetLogs extends Message {
        public String processid = "";
        /** At most this many lines (1..500). */
        public int count;
        /** Only lines with a timestamp after this one (Unix nanoseconds; 0 = from the start). */
        public long since;

        public GetLogs() {
            super("getlogsmsg");
        }
    }
}
