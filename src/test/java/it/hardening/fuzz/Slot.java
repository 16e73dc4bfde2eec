package it.hardening.fuzz;

import it.hardening.fuzz.Tree.Member;
import it.hardening.fuzz.Tree.Obj;
import java.util.ArrayList;
import java.util.List;

/** One place in a tree that holds a value: an object member or an array element, with its dotted path. */
public final class Slot {
    private final Object container;
    private final Member member;
    private final int index;
    private final String path;

    private Slot(Object container, Member member, int index, String path) {
        this.container = container;
        this.member = member;
        this.index = index;
        this.path = path;
    }

    /** Every slot of {@code root}, depth first, so that each field of a message can be chosen. */
    public static List<Slot> all(Object root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object value, String prefix, List<Slot> slots) {
        if (value instanceof Obj obj) {
            for (Member m : obj.members) {
                String path = prefix.isEmpty() ? m.key : prefix + "." + m.key;
                slots.add(new Slot(obj, m, -1, path));
                collect(m.value, path, slots);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String path = prefix + "[" + i + "]";
                slots.add(new Slot(list, null, i, path));
                collect(list.get(i), path, slots);
            }
        }
    }

    public String path() {
        return path;
    }

    /** The member's key, or null for an array element. */
    public String key() {
        return member == null ? null : member.key;
    }

    public Object get() {
        return member != null ? member.value : ((List<?>) container).get(index);
    }

    @SuppressWarnings("unchecked")
    public void set(Object value) {
        if (member != null) {
            member.value = value;
        } else {
            ((List<Object>) container).set(index, value);
        }
    }

    public void renameKey(String key) {
        if (member != null) {
            member.key = key;
        }
    }

    /** Removes the member (or element); a slot removed twice is left alone. */
    public void remove() {
        if (member != null) {
            ((Obj) container).members.remove(member);
        } else if (index < ((List<?>) container).size()) {
            ((List<?>) container).remove(index);
        }
    }

    /** Adds a second member with the same key, before or after this one. */
    public void duplicate(Object value, boolean before) {
        if (member == null) {
            return;
        }
        List<Member> members = ((Obj) container).members;
        int at = members.indexOf(member);
        if (at < 0) {
            return;
        }
        members.add(before ? at : at + 1, new Member(member.key, value));
    }

    /** Adds a member next to this one (in its object), e.g. an unknown key. */
    public void addSibling(String key, Object value) {
        if (container instanceof Obj obj) {
            obj.put(key, value);
        }
    }
}
