package io.colonies.server.id;

/** The id of a process (hex64 on the wire; an absent one is the empty id, which matches nothing). */
public record ProcessId(String value) {
    public ProcessId {
        value = Ids.check(value, "process id");
    }

    public static ProcessId of(String raw) {
        return new ProcessId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
