package io.colonies.web.rest.workflow;

import io.colonies.model.core.FunctionSpec;

/**
 * Body of {@code POST …/workflows/{id}/children}: a new process after {@code parentprocessid}; with
 * {@code insert} it takes over the parent's children, otherwise it may precede {@code childprocessid}.
 */
public class ChildRequest {
    public String parentprocessid = "";
    public String childprocessid = "";
    public FunctionSpec spec;
    public boolean insert;
}
