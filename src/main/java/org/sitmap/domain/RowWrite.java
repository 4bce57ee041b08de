package org.sitmap.domain;

/**
 * One row's step in an edit: the row as it is expected to be stored before, and as it is to be stored after.
 * Null on either side means "absent" (an addition has no before, a removal no after).
 *
 * @param rowId  the user id of the row
 * @param before the stored version the edit starts from, or null
 * @param after  the version to store, or null to remove the row
 */
public record RowWrite(String rowId, UserRow before, UserRow after) {
    public RowWrite {
        if (!RowKind.isUserId(rowId)) throw new IllegalArgumentException("edits touch only user rows, not '" + rowId + "'");
        if (before == null && after == null) throw new IllegalArgumentException("edit of " + rowId + " changes nothing");
        if (before != null && !before.id().equals(rowId) || after != null && !after.id().equals(rowId)) {
            throw new IllegalArgumentException("edit of " + rowId + " carries another row's versions");
        }
    }

    /** The same step taken back. */
    public RowWrite inverse() {
        return new RowWrite(rowId, after, before);
    }

    public RowKind kind() {
        return (after != null ? after : before).kind();
    }
}
