package io.colonies.model.core;

import io.colonies.model.json.GoTime;
import java.time.Instant;

/** Packs arguments and submits a workflow after a count or a timeout (PROTOCOL §4.11). */
public class Generator {
    public String generatorid = "";
    public String colonyid = "";
    public String name = "";
    public String workflowspec = "";
    public int trigger;
    public long timeout;
    public Instant firstpack = GoTime.ZERO;
    public Instant lastrun = GoTime.ZERO;
    public long queuesize;
    public long checkerperiod;
}
