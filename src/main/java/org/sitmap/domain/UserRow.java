package org.sitmap.domain;

import java.util.Objects;

/**
 * One version of a row in the user's part of the store: a locality, source, control change or event the user
 * added, or a correction that overrides a built-in row.
 *
 * @param value     a {@link Locality}, {@link Source}, {@link ControlChange} or {@link Event} whose id is a user id
 * @param overrides the id of the built-in row this one replaces on the map, or empty
 * @param retracted the reason the user hid this row from the map, or empty when it is shown
 */
public record UserRow(Object value, String overrides, String retracted) {
    public UserRow {
        Objects.requireNonNull(value, "value");
        RowKind kind = RowKind.of(value);
        String id = idOf(value);
        if (!RowKind.isUserId(id)) throw new IllegalArgumentException("user row id must start with 'u.', was '" + id + "'");
        overrides = Ids.text(overrides);
        if (RowKind.isUserId(overrides)) throw new IllegalArgumentException(id + " can only override a built-in row, not " + overrides);
        retracted = Ids.text(retracted);
        if (!retracted.isEmpty() && !kind.retractable()) throw new IllegalArgumentException(kind + " " + id + " cannot be retracted");
    }

    /** A new row of the user's own, shown on the map. */
    public static UserRow added(Object value) {
        return new UserRow(value, "", "");
    }

    public RowKind kind() {
        return RowKind.of(value);
    }

    public String id() {
        return idOf(value);
    }

    public boolean isRetracted() {
        return !retracted.isEmpty();
    }

    public boolean isOverride() {
        return !overrides.isEmpty();
    }

    public UserRow withValue(Object newValue) {
        return new UserRow(newValue, overrides, retracted);
    }

    public UserRow withRetracted(String reason) {
        return new UserRow(value, overrides, reason);
    }

    /** The value as the given type; fails when the row is of another kind. */
    public <T> T as(Class<T> type) {
        return type.cast(value);
    }

    private static String idOf(Object value) {
        if (value instanceof Locality l) return l.id();
        if (value instanceof Source s) return s.id();
        if (value instanceof ControlChange c) return c.id();
        if (value instanceof Event e) return e.id();
        throw new IllegalArgumentException("not a user-editable row: " + value);
    }
}
