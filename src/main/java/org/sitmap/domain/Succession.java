package org.sitmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sourced change of who a faction is, rather than of who holds a place: the Assad government's collapse, HTS
 * folded into the transitional government's army. When {@link SuccessionKind#transfersHoldings()} is true, every
 * place {@code from} holds at {@link #when} passes to {@code to} at that instant without a row per place, and
 * {@code from} stops being a faction of the map.
 *
 * @param id        stable id, e.g. {@code F0001}
 * @param from      the faction that gives way
 * @param to        its successor
 * @param when      when it took effect (a bare date is the end of that day)
 * @param kind      how
 * @param note      what happened, in our words; may be empty
 * @param citations at least one
 */
public record Succession(String id, String from, String to, ReportedTime when, SuccessionKind kind, String note,
                         List<Citation> citations) {
    public Succession {
        Ids.requireId(id, "succession id");
        Ids.requireCode(from, "succession", id, "from");
        Ids.requireCode(to, "succession", id, "to");
        if (from.equals(to)) throw new IllegalArgumentException("succession " + id + ": " + from + " succeeds itself");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(kind, "kind");
        note = Ids.text(note);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) throw new IllegalArgumentException("succession " + id + " has no source");
    }

    /** Whether holdings pass through this succession. */
    public boolean transfersHoldings() {
        return kind.transfersHoldings();
    }
}
