package org.sitmap.domain;

/** What an entry of the edit history did. */
public enum EditAction {
    /** A new row of the user's. */
    ADD,
    /** A new version of a user row. */
    EDIT,
    /** Hidden from the map, with a reason. */
    RETRACT,
    /** Shown again after a retraction. */
    UNRETRACT,
    /** "Correct this": a user row that overrides a built-in one. */
    CORRECT,
    /** The user's correction removed: the built-in row shows again. */
    REVERT,
    /** An earlier version brought back from the history. */
    RESTORE_VERSION,
    /** The session's last edit taken back. */
    UNDO,
    /** An undone edit done again. */
    REDO,
    /** A proposed change (an import's, or a draft) accepted into the map. */
    ACCEPT
}
