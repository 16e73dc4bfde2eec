package io.colonies.model.core;

import java.util.ArrayList;
import java.util.List;

/** A DAG of function specs; edges come from each spec's {@code conditions.dependencies}. */
public class WorkflowSpec {
    public String colonyid = "";
    public List<FunctionSpec> functionspecs = new ArrayList<>();
}
