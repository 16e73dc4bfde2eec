package io.colonies.web.rest.colony;

/** Body of {@code PATCH /v1/colonies/{colonyId}}: the only changeable property is the name. */
public class ColonyRename {
    public String name = "";
}
