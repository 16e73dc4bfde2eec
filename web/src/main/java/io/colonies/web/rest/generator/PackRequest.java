package io.colonies.web.rest.generator;

/** Body of {@code POST …/generators/{id}/pack}: one argument for the generator's next workflow. */
public class PackRequest {
    public String arg = "";
}
