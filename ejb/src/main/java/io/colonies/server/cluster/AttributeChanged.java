package io.colonies.server.cluster;

/**
 * An attribute was added to or removed from a process. Fired as a synchronous CDI event inside the
 * changing transaction by whichever use case made the change; {@link AttributeEvents} turns it into a
 * NOTIFY, so attribute subscribers on every replica see it once the change commits. Travels as a
 * NOTIFY payload, so it carries only ids: receivers re-read an added attribute.
 */
public record AttributeChanged(Change change, String colonyId, String processId, String attributeId) {
    private static final String SEP = "\u001f";

    /** What happened to the attribute; its lower-case name is the event name subscribers see. */
    public enum Change {
        ADDED, REMOVED
    }

    public static AttributeChanged added(String colonyId, String processId, String attributeId) {
        return new AttributeChanged(Change.ADDED, colonyId, processId, attributeId);
    }

    public static AttributeChanged removed(String colonyId, String processId, String attributeId) {
        return new AttributeChanged(Change.REMOVED, colonyId, processId, attributeId);
    }

    public String encode() {
        return change.name() + SEP + colonyId + SEP + processId + SEP + attributeId;
    }

    public static AttributeChanged decode(String payload) {
        String[] parts = payload.split(SEP, -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an attribute event: " + payload);
        }
        return new AttributeChanged(Change.valueOf(parts[0]), parts[1], parts[2], parts[3]);
    }
}
