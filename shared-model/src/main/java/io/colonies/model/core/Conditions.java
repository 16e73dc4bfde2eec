package io.colonies.model.core;

import java.util.ArrayList;
import java.util.List;

/** Which executors may run a process, and (in workflows) which nodes it depends on. */
public class Conditions {
    public String colonyid = "";
    public List<String> executorids = new ArrayList<>();
    public String executortype = "";
    public List<String> dependencies = new ArrayList<>();
}
