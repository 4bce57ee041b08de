package org.sitmap.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the edit history: nothing the user does is destroyed, each step keeps the row before and after.
 *
 * @param seq    position in the history, increasing
 * @param batch  the edit this step belongs to (an edit may write several rows, e.g. a source and the change citing it)
 * @param at     when it was saved
 * @param author the author name from the settings, may be empty
 * @param action what was done
 * @param write  the row before and after
 */
public record EditRecord(long seq, long batch, Instant at, String author, EditAction action, RowWrite write) {
    public EditRecord {
        Objects.requireNonNull(at, "at");
        author = Ids.text(author);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(write, "write");
    }
}
