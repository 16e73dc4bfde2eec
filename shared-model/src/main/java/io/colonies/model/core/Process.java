package io.colonies.model.core;

import io.colonies.model.json.GoTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A submitted function spec and its life in the queue (PROTOCOL §4.6). */
public class Process {
    public String processid = "";
    public String assignedexecutorid = "";
    public boolean isassigned;
    public int state;
    public long prioritytime;
    public Instant submissiontime = GoTime.ZERO;
    public Instant starttime = GoTime.ZERO;
    public Instant endtime = GoTime.ZERO;
    public Instant waitdeadline = GoTime.ZERO;
    public Instant execdeadline = GoTime.ZERO;
    public int retries;
    public List<Attribute> attributes = new ArrayList<>();
    public FunctionSpec spec = new FunctionSpec();
    public boolean waitforparents;
    public List<String> parents = new ArrayList<>();
    public List<String> children = new ArrayList<>();
    public String processgraphid = "";
    public List<Object> in = new ArrayList<>();
    public List<Object> out = new ArrayList<>();
    public List<String> errors = new ArrayList<>();
}
