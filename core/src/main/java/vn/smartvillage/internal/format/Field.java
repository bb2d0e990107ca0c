package vn.smartvillage.internal.format;

import vn.smartvillage.internal.json.Cursor;

/**
 * One field of an object of the pack format: its name, and whether a document must give it. A codec
 * reads and writes a field through its constant, so that a field's name is written once.
 *
 * @param name     the field's name in a document
 * @param presence whether a document must give it
 */
public record Field(String name, Presence presence) {

    /** Whether a document must give a field. */
    public enum Presence {
        /** Every object of its shape has it. */
        REQUIRED,
        /** An object may leave it out. */
        OPTIONAL,
        /**
         * Required or refused depending on the object's other fields: one of a group of which exactly one
         * is given (a measure's kind, an override's subject), or needed unless another field says otherwise
         * (a criterion's threshold, which a flag may leave out).
         */
        CONDITIONAL
    }

    static Field required(String name) {
        return new Field(name, Presence.REQUIRED);
    }

    static Field optional(String name) {
        return new Field(name, Presence.OPTIONAL);
    }

    static Field conditional(String name) {
        return new Field(name, Presence.CONDITIONAL);
    }

    /** Returns the cursor on this field of the object at {@code object}. */
    Cursor in(Cursor object) {
        return object.get(name);
    }
}
