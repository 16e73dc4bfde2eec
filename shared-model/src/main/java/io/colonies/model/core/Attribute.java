package io.colonies.model.core;

/** A key/value attached to a process (PROTOCOL §4.7). */
public class Attribute {
    public static final int IN = 0;
    public static final int OUT = 1;
    public static final int ERR = 2;
    public static final int ENV = 3;

    /** One of the four kinds above. */
    public static boolean isKnownType(int type) {
        return type >= IN && type <= ENV;
    }

    public String attributeid = "";
    public String targetid = "";
    public String targetcolonyid = "";
    public String targetprocessgraphid = "";
    public int state;
    public int attributetype;
    public String key = "";
    public String value = "";
}
