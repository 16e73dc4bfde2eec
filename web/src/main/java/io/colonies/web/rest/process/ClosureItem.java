package io.colonies.web.rest.process;

import java.util.List;

/** One item of {@code POST …/processes/closures}: a success with its output or a failure with its errors. */
public class ClosureItem {
    public String processid;
    /** Boxed so that a missing value is refused for this item alone rather than read as false. */
    public Boolean successful;
    public List<Object> out;
    public List<String> errors;
}
