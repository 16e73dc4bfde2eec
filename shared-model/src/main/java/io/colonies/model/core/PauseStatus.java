package io.colonies.model.core;

/**
 * Whether a colony's assignments are paused: the reply of pause, resume and getpausestatusmsg. The
 * field names are HEAD's {@code PauseStatusReplyMsg} with v1.1.1's colony id instead of its name.
 */
public class PauseStatus {
    public String colonyid = "";
    public boolean ispaused;

    public PauseStatus() {
    }

    public PauseStatus(String colonyid, boolean ispaused) {
        this.colonyid = colonyid;
        this.ispaused = ispaused;
    }
}
