package io.colonies.model.core;

/** One log line of a process, added by its executor while running it (HEAD's core.Log, with our ids). */
public class Log {
    public String processid = "";
    public String colonyid = "";
    public String executorid = "";
    public String message = "";
    /** Unix nanoseconds; strictly increasing per process, so it is also the paging cursor ({@code since}). */
    public long timestamp;
}
