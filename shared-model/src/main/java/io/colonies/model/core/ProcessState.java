package io.colonies.model.core;

/** Process and process-graph states as numbered on the wire (PROTOCOL §4.1). */
public final class ProcessState {
    public static final int NOTSET = -1;
    public static final int WAITING = 0;
    public static final int RUNNING = 1;
    public static final int SUCCESS = 2;
    public static final int FAILED = 3;

    private ProcessState() {
    }

    public static boolean isValid(int state) {
        return state >= WAITING && state <= FAILED;
    }

    public static String name(int state) {
        switch (state) {
            case WAITING: return "WAITING";
            case RUNNING: return "RUNNING";
            case SUCCESS: return "SUCCESS";
            case FAILED: return "FAILED";
            default: return "NOTSET";
        }
    }
}
