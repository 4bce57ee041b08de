package org.sitmap.interop;

import java.time.Instant;
import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.ProposedChange;
import org.sitmap.store.SituationStore;
import org.sitmap.store.StoreException;

/**
 * Accepting and rejecting proposed control changes. Accepting turns a proposal into a user control change
 * ({@code u.C.<proposal id without u.>}) with the proposal's sources; its previous holder is the proposal's, or else
 * the holder the map shows just before it. A proposal that names no known locality gets a new user locality at its
 * coordinates, marked approximate. An acceptance is an edit: it enters the edit history (action ACCEPT), from which
 * it can be undone. Use from one background thread.
 */
public final class ProposalReview {
    /** Error of a new locality's position taken from an import (km). */
    static final double IMPORTED_POSITION_ERROR_KM = 2;

    private final SituationStore store;
    private final java.util.function.Supplier<String> author;
    private final java.time.Clock clock;

    public ProposalReview(SituationStore store) {
        this(store, () -> "", java.time.Clock.systemUTC());
    }

    /** A review whose acceptances enter the edit history under {@code author}'s name, at {@code clock}'s time. */
    public ProposalReview(SituationStore store, java.util.function.Supplier<String> author, java.time.Clock clock) {
        this.store = store;
        this.author = author;
        this.clock = clock;
    }

    public List<ProposedChange> all() throws StoreException {
        return store.proposals();
    }

    /** Accepts the pending proposal {@code id}; returns the control change now on the map. */
    public ControlChange accept(String id) throws StoreException {
        ProposedChange p = find(id);
        if (!p.isPending()) throw new IllegalArgumentException("proposed change " + id + " is already " + p.status().name().toLowerCase(java.util.Locale.ROOT));
        Dataset current = store.load();
        String suffix = id.substring(2);
        Locality newLocality = null;
        String localityId = p.localityId();
        if (localityId == null || current.locality(localityId).isEmpty()) {
            localityId = "u.L." + suffix;
            newLocality = new Locality(localityId, p.placeName().isEmpty() ? localityId : p.placeName(), "",
                    LocalityKind.VILLAGE, "", p.point(), CoordinateSource.APPROXIMATE,
                    "position given by " + p.proposedBy(), IMPORTED_POSITION_ERROR_KM, null, null);
        }
        Instant justBefore = p.when().instant().minusSeconds(1);
        String from = p.from();
        if (from == null) {
            from = new ControlTimeline(current).stateAt(localityId, justBefore).map(ControlState::holder).orElse(null);
        }
        ChangeKind kind = p.kind();
        String note = ("Accepted from " + p.proposedBy() + ". " + p.note()).strip();
        if (from == null) {
            // Nothing is known of the place before: the change is the first report of its holder.
            kind = ChangeKind.STATUS_QUO;
            note = "First known holder of this place. " + note;
        } else if (from.equals(p.to())) {
            throw new IllegalArgumentException("proposed change " + id + ": " + p.to() + " already holds "
                    + (newLocality == null ? localityId : p.placeName()) + " at that date; reject it instead");
        }
        ControlChange change = new ControlChange("u.C." + suffix, localityId, p.when(), from, p.to(), kind,
                Confidence.MEDIUM, true, note, p.citations());
        store.acceptProposal(id, change, newLocality, author.get(), clock.instant());
        return change;
    }

    /** Rejects the pending proposal {@code id}, keeping the reason. */
    public void reject(String id, String reason) throws StoreException {
        find(id);
        store.rejectProposal(id, reason);
    }

    private ProposedChange find(String id) throws StoreException {
        return store.proposals().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no proposed change " + id));
    }
}
