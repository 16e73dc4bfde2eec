package io.colonies.model.core;

import java.util.ArrayList;
import java.util.List;

/** A function an executor has registered, with its running statistics (PROTOCOL §4.4). */
public class Function {
    public String functionid = "";
    public String executorid = "";
    public String colonyid = "";
    public String funcname = "";
    public String desc = "";
    public long counter;
    public double minwaittime;
    public double maxwaittime;
    public double minexectime;
    public double maxexectime;
    public double avgwaittime;
    public double avgexectime;
    public List<String> args = new ArrayList<>();
}
