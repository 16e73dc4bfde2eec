package io.colonies.web.rest.process;

import java.util.ArrayList;
import java.util.List;

/** Body of {@code POST …/processes/{id}/failure}: why the process failed. */
public class CloseFailure {
    public List<String> errors = new ArrayList<>();
}
