package io.colonies.server.cluster;

/**
 * A process changed state. Travels between replicas as a NOTIFY payload, so it carries only what
 * routing needs; receivers re-read the process when they need more.
 */
public record ProcessEvent(int state, String colonyId, String executorType, String processId, boolean targeted) {
    private static final String SEP = "\u001f";

    public String encode() {
        return state + SEP + colonyId + SEP + executorType + SEP + processId + SEP + (targeted ? "1" : "0");
    }

    public static ProcessEvent decode(String payload) {
        String[] parts = payload.split(SEP, -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a process event: " + payload);
        }
        return new ProcessEvent(Integer.parseInt(parts[0]), parts[1], parts[2], parts[3], "1".equals(parts[4]));
    }
}
