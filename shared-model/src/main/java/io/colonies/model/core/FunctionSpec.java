package io.colonies.model.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What to run and under which conditions; a submitted spec becomes a process (PROTOCOL §4.5). */
public class FunctionSpec {
    public String nodename = "";
    public String funcname = "";
    public List<Object> args = new ArrayList<>();
    public int priority;
    public long maxwaittime;
    public long maxexectime;
    public int maxretries;
    public Conditions conditions = new Conditions();
    public String label = "";
    public Map<String, String> env = new LinkedHashMap<>();
}
