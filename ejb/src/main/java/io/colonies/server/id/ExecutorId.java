package io.colonies.server.id;

/** The id of a executor (hex64 on the wire; an absent one is the empty id, which matches nothing). */
public record ExecutorId(String value) {
    public ExecutorId {
        value = Ids.check(value, "executor id");
    }

    public static ExecutorId of(String raw) {
        return new ExecutorId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
