package org.sitmap.ui.events;

import javafx.collections.ObservableListBase;

/**
 * The event list's items as a read-only observable view of {@link EventRows} up to a cut. Moving the cut over the same
 * rows reports only what changed (the rows that crossed it and the cut day's heading), so a list view re-lays out a
 * few rows rather than all of them; other changes report a replacement of everything. FX thread only.
 */
final class EventItems extends ObservableListBase<EventListItem> {
    private EventRows.View shown = EventRows.View.EMPTY;

    @Override
    public EventListItem get(int i) {
        return shown.get(i);
    }

    @Override
    public int size() {
        return shown.size();
    }

    /** The view shown now. */
    EventRows.View view() {
        return shown;
    }

    /** Shows {@code next}, reporting the difference from what was shown. */
    void show(EventRows.View next) {
        EventRows.View old = shown;
        if (old.rows == next.rows && old.count == next.count) return;
        if (old.rows != null && old.rows == next.rows && old.count > 0 && next.count > 0 && next.led()) {
            moveLed(old, next);
            return;
        }
        shown = next;
        beginChange();
        try {
            if (old.rows != null && old.rows == next.rows && old.count > 0 && next.count > 0) moveTrailing(old, next);
            else replaceAll(old, next);
        } finally {
            endChange();
        }
    }

    /**
     * Newest first: the heading at 0, then {@code all[from, end)}; a later cut adds rows at 1, an earlier one removes
     * them. The rows and the heading are reported as two changes, rows first: in one change they would merge into one
     * replacement of the heading and every added row, and a list view marks each replaced row dirty, one layout request
     * apiece (thousands on a jump across the timeline, a sixth of a step at scale 100), where added rows cost nothing
     * until shown.
     */
    private void moveLed(EventRows.View old, EventRows.View next) {
        if (next.from != old.from) {
            shown = next.withHead(old.head);
            beginChange();
            try {
                // old is immutable: its sublist needs no copy
                if (next.from < old.from) nextAdd(1, 1 + old.from - next.from);
                else nextRemove(1, old.subList(1, 1 + next.from - old.from));
            } finally {
                endChange();
            }
        }
        shown = next;
        if (old.head.equals(next.head)) return;
        beginChange();
        try {
            nextSet(0, old.head);
        } finally {
            endChange();
        }
    }

    /** Oldest first: {@code all[0, to)} with the cut day's heading in place; a cut moves the end. */
    private void moveTrailing(EventRows.View old, EventRows.View next) {
        if (next.to > old.to) {
            // the old cut day is now listed in full (or is still the cut day): its heading changes in place
            EventListItem now = old.headAt == next.headAt ? next.head : old.full(old.headAt);
            if (!old.head.equals(now)) nextSet(old.headAt, old.head);
            nextAdd(old.to, next.to);
        } else {
            EventListItem was = next.headAt == old.headAt ? old.head : old.full(next.headAt);
            if (!was.equals(next.head)) nextSet(next.headAt, was);
            if (next.to < old.to) nextRemove(next.to, old.subList(next.to, old.to));
        }
    }

    private void replaceAll(EventRows.View old, EventRows.View next) {
        if (old.isEmpty() && next.isEmpty()) return;
        if (next.isEmpty()) nextRemove(0, old);
        else if (old.isEmpty()) nextAdd(0, next.size());
        else nextReplace(0, next.size(), old);
    }
}
