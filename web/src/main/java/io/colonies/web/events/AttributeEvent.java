package io.colonies.web.events;

import io.colonies.model.core.Attribute;
import io.colonies.server.cluster.AttributeChanged;
import java.util.Locale;

/**
 * What an attribute subscriber receives: {@code change} is "added" or "removed"; for an added one
 * {@code attribute} is the stored attribute, for a removed one only its ids (it is gone).
 */
public class AttributeEvent {
    public String change = "";
    public Attribute attribute;

    public AttributeEvent() {
        // for JSON-B
    }

    AttributeEvent(AttributeChanged changed, Attribute attribute) {
        this.change = changed.change().name().toLowerCase(Locale.ROOT);
        this.attribute = attribute;
    }

    /** The ids a removed attribute still has. */
    static Attribute idsOf(AttributeChanged changed) {
        Attribute a = new Attribute();
        a.attributeid = changed.attributeId();
        a.targetid = changed.processId();
        a.targetcolonyid = changed.colonyId();
        return a;
    }
}
