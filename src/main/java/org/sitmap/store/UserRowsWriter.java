package org.sitmap.store;

import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Event;
import org.sitmap.domain.ImportedZone;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.Source;

/**
 * Writes user rows (ids starting with {@code u.}) in ONE transaction, row by row, so an import of any size runs in
 * constant memory: nothing is visible to others or kept until {@link #commit()}; {@link #close()} without a commit
 * rolls everything back. Each {@code put} inserts a new row or updates the user's row of that id (its citations
 * replaced). Not thread-safe; the store it came from must not be used until it is closed.
 */
public interface UserRowsWriter extends AutoCloseable {
    /** What a {@code put} did. */
    enum Put {
        ADDED, UPDATED,
        /** Left as it was: a proposal the user already decided on. */
        KEPT
    }

    /** The prefix of every user row id. */
    String USER_PREFIX = "u.";

    Put putSource(Source source) throws StoreException;

    Put putLocality(Locality locality) throws StoreException;

    Put putChange(ControlChange change) throws StoreException;

    Put putEvent(Event event) throws StoreException;

    /** Adds or refreshes a pending proposal; one already accepted or rejected is {@link Put#KEPT} as decided. */
    Put putProposal(ProposedChange proposal) throws StoreException;

    /** Adds or replaces a zone of an imported layer. */
    Put putImportedZone(ImportedZone zone) throws StoreException;

    /** Makes every put durable and visible, atomically. */
    void commit() throws StoreException;

    /** Rolls back unless committed, and hands the store back. */
    @Override
    void close() throws StoreException;

    /** Throws unless {@code id} is in the user namespace. */
    static String requireUserId(String id) {
        if (id == null || !id.startsWith(USER_PREFIX)) {
            throw new IllegalArgumentException("user rows need an id starting with '" + USER_PREFIX + "', was '" + id + "'");
        }
        return id;
    }
}
