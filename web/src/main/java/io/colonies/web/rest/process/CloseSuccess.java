package io.colonies.web.rest.process;

import java.util.ArrayList;
import java.util.List;

/** Body of {@code POST …/processes/{id}/success}: the output values, any JSON. */
public class CloseSuccess {
    public List<Object> out = new ArrayList<>();
}
