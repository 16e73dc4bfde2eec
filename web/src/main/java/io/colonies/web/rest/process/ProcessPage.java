package io.colonies.web.rest.process;

import io.colonies.model.core.Process;
import java.util.ArrayList;
import java.util.List;

/** One page of a process listing; {@code next} is the cursor of the following page, absent on the last. */
public class ProcessPage {
    public List<Process> items = new ArrayList<>();
    public String next;
}
