package org.sitmap.domain;

/** The kinds of rows a user can add or correct, with the letter of their user ids ({@code u.C.12}). */
public enum RowKind {
    LOCALITY("L", Locality.class),
    SOURCE("S", Source.class),
    CHANGE("C", ControlChange.class),
    EVENT("E", Event.class);

    /** Prefix of every id in the user's part of the store; built-in ids never start with it. */
    public static final String USER_PREFIX = "u.";

    private final String letter;
    private final Class<?> type;

    RowKind(String letter, Class<?> type) {
        this.letter = letter;
        this.type = type;
    }

    /** The user id with sequence number {@code n}, e.g. {@code u.C.12}. */
    public String userId(long n) {
        return USER_PREFIX + letter + "." + n;
    }

    /** The sequence number of a user id of this kind, or -1 when {@code id} is not one. */
    public long sequenceOf(String id) {
        String prefix = USER_PREFIX + letter + ".";
        if (id == null || !id.startsWith(prefix)) return -1;
        try {
            return Long.parseLong(id.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether rows of this kind can be retracted (hidden from the map with a reason). */
    public boolean retractable() {
        return this == CHANGE || this == EVENT;
    }

    /** The kind of a domain row. */
    public static RowKind of(Object value) {
        for (RowKind k : values()) if (k.type.isInstance(value)) return k;
        throw new IllegalArgumentException("not a user-editable row: " + value);
    }

    /** Whether {@code id} lies in the user namespace. */
    public static boolean isUserId(String id) {
        return id != null && id.startsWith(USER_PREFIX);
    }
}
