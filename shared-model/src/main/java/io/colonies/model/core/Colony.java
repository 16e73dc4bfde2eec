package io.colonies.model.core;

/** A colony: executors and users that trust each other. Its id is the identity of the colony key. */
public class Colony {
    public String colonyid = "";
    public String name = "";

    public Colony() {
    }

    public Colony(String colonyid, String name) {
        this.colonyid = colonyid;
        this.name = name;
    }
}
