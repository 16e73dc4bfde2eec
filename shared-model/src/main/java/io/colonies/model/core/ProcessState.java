package io.colonies.model.core;

/** Process and process-graph states as numbered on the wire (PROTOCOL §4.1). */
public final class ProcessState {
    public static final int NOTSET = -1;
    public static final int WAITING = 0;
    public static final int RUNNING = 1;
    public static final int SUCCESS = 2;
    public static final int FAILED = 3;
    /**
     * Ended by a cancel (today's Colonies numbers it 4 too). Outside 0–3 on purpose: clients that know
     * only the v1.1.1 states never ask for it and never receive it unless something was cancelled.
     */
    public static final int CANCELLED = 4;

    private ProcessState() {
    }

    public static boolean isValid(int state) {
        return state >= WAITING && state <= CANCELLED;
    }

    /** SUCCESS, FAILED or CANCELLED: nothing moves the process any more. */
    public static boolean isFinished(int state) {
        return state == SUCCESS || state == FAILED || state == CANCELLED;
    }

    public static String name(int state) {
        switch (state) {
            case WAITING: return "WAITING";
            case RUNNING: return "RUNNING";
            case SUCCESS: return "SUCCESS";
            case FAILED: return "FAILED";
            case CANCELLED: return "CANCELLED";
            default: return "NOTSET";
        }
    }
}
