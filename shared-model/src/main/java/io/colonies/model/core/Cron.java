package io.colonies.model.core;

import io.colonies.model.json.GoTime;
import java.time.Instant;

/** A schedule that submits a workflow (PROTOCOL §4.10). */
public class Cron {
    public String cronid = "";
    public String colonyid = "";
    public String name = "";
    public String cronexpression = "";
    public long interval;
    public boolean random;
    public Instant nextrun = GoTime.ZERO;
    public Instant lastrun = GoTime.ZERO;
    public String workflowspec = "";
    public String prevprocessgraphid = "";
    public boolean waitforprevprocessgraph;
    public long checkerperiod;
}
