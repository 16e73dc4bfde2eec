package io.colonies.server.id;

/** The id of a process graph (hex64 on the wire; an absent one is the empty id, which matches nothing). */
public record GraphId(String value) {
    public GraphId {
        value = Ids.check(value, "process graph id");
    }

    public static GraphId of(String raw) {
        return new GraphId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
