package it.support;

import io.colonies.model.core.Process;
import java.util.ArrayList;
import java.util.List;

/** The client's view of a REST process listing page ({@code items}, {@code next}). */
public class RestProcessPage {
    public List<Process> items = new ArrayList<>();
    public String next;
}
