package org.sitmap.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The selections made, for Back and Forward as in a browser: a new selection drops everything after the current one.
 * Holds at most {@link #LIMIT} entries. Not thread-safe (FX thread).
 */
public final class SelectionHistory {
    static final int LIMIT = 100;
    private final List<Selection> entries = new ArrayList<>();
    private int current = -1;

    /** Records a new selection (null and repeats of the current one are ignored). */
    public void add(Selection s) {
        if (s == null || (current >= 0 && entries.get(current).equals(s))) return;
        entries.subList(current + 1, entries.size()).clear();
        entries.add(s);
        if (entries.size() > LIMIT) entries.remove(0);
        current = entries.size() - 1;
    }

    /** The selection before the current one, which becomes current; empty at the start. */
    public Optional<Selection> back() {
        if (current <= 0) return Optional.empty();
        return Optional.of(entries.get(--current));
    }

    /** The selection after the current one, which becomes current; empty at the end. */
    public Optional<Selection> forward() {
        if (current >= entries.size() - 1) return Optional.empty();
        return Optional.of(entries.get(++current));
    }
}
