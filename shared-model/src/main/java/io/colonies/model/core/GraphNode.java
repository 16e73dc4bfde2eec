package io.colonies.model.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** UI layout node of a process graph; only for display. */
public class GraphNode {
    public String id = "";
    public Map<String, String> data = new LinkedHashMap<>();
    public Map<String, Integer> position = new LinkedHashMap<>();
    public String type = "";
    public Map<String, String> style = new LinkedHashMap<>();
}
