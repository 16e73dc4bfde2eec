package io.colonies.server.id;

/** The id of a colony (hex64 on the wire; an absent one is the empty id, which matches nothing). */
public record ColonyId(String value) {
    public ColonyId {
        value = Ids.check(value, "colony id");
    }

    public static ColonyId of(String raw) {
        return new ColonyId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
