package org.sitmap.edit;

import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;

/** One line describing a version of a user row, for the history on screen and on the command line. */
public final class RowSummary {
    private RowSummary() {
    }

    /** The row in a few words, or "(none)" for an absent version. */
    public static String of(UserRow row) {
        if (row == null) return "(none)";
        String text;
        if (row.value() instanceof ControlChange c) {
            text = c.localityId() + " " + c.when() + " " + (c.from() == null ? "" : c.from() + "→") + c.to() + " "
                    + c.kind().name().toLowerCase(java.util.Locale.ROOT) + (c.used() ? "" : " (alternative)");
        } else if (row.value() instanceof Event e) {
            text = e.when() + " " + e.title();
        } else if (row.value() instanceof Locality l) {
            text = l.nameEn() + (l.nameAr().isEmpty() ? "" : " / " + l.nameAr()) + " at " + l.point().lat() + ", " + l.point().lon();
        } else {
            Source s = (Source) row.value();
            text = s.outlet() + ": " + (s.title().isEmpty() ? "(no title)" : s.title()) + " " + s.url();
        }
        if (row.isOverride()) text += " [corrects " + row.overrides() + "]";
        if (row.isRetracted()) text += " [retracted: " + row.retracted() + "]";
        return text;
    }
}
