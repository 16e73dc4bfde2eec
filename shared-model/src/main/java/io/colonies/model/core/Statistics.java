package io.colonies.model.core;

/** Counts over the server or one colony (PROTOCOL §4.12). */
public class Statistics {
    public long colonies;
    public long executors;
    public long waitingprocesses;
    public long runningprocesses;
    public long successfulprocesses;
    public long failedprocesses;
    public long waitingworkflows;
    public long runningworkflows;
    public long successfulworkflows;
    public long failedworkflows;
}
