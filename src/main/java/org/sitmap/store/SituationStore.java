package org.sitmap.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.RowWrite;
import org.sitmap.domain.UserRow;
import org.sitmap.domain.ImportedZone;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ProposedChange;

/**
 * Persistent storage of the situation picture. The store holds two parts: the built-in dataset shipped with the
 * application (replaced whole when it changes) and rows the user added (imports, edits), which a rebuild never
 * touches. Implementations are safe for use from one thread at a time; callers run them off the FX thread.
 */
public interface SituationStore extends AutoCloseable {
    /**
     * The situation as the map shows it: built-in and user rows together, where a user row that overrides a
     * built-in one replaces it (a corrected locality keeps the built-in id, so references to it hold) and retracted
     * rows are left out.
     */
    Dataset load() throws StoreException;

    /**
     * {@link #load()} without the events, when leaving them out changes nothing else a window opens on (the dataset's
     * {@link Dataset#period()}): a window can then draw the zones while the events are read (issue 18, cold start).
     * Empty when the events reach outside the period of the other rows, or when the store cannot tell quickly; the
     * events are then read with the rest.
     */
    default java.util.Optional<Dataset> loadWithoutEvents() throws StoreException {
        return java.util.Optional.empty();
    }

    /** Every row of the user's part with a {@code u.} id, retracted ones included, in the order they were added. */
    List<UserRow> userRows() throws StoreException;

    /** The whole edit history, oldest first. */
    List<EditRecord> history() throws StoreException;

    /**
     * A fresh id of the user's part for a row of {@code kind} ({@code u.C.12}), never used before, not even by a
     * row since removed: history entries keep their ids unambiguous.
     */
    String nextUserId(RowKind kind) throws StoreException;

    /**
     * Applies one edit in one transaction: for each write, checks that the stored row is its {@code before}, stores
     * its {@code after} (or removes the row when null) and appends a history entry. If any check or write fails
     * nothing changes and the exception names the row.
     *
     * @return the history entries written, in order
     */
    List<EditRecord> applyEdit(EditAction action, String author, Instant at, List<RowWrite> writes) throws StoreException;

    /** The content hash of the built-in dataset now stored, empty when none was ever loaded. */
    Optional<String> builtinHash() throws StoreException;

    /**
     * The built-in files' {@link org.sitmap.io.DataFiles#stamp() stamp} recorded with {@code hash}, empty when none was,
     * or when {@code hash} is not the built-in hash now stored: a loader that finds the files' stamp unchanged can
     * then trust the stored hash without reading the files (issue 18, cold start).
     */
    default Optional<String> builtinStamp(String hash) throws StoreException {
        return Optional.empty();
    }

    /**
     * Records that the built-in files whose metadata is {@code stamp} have the content hash {@code hash}. Does nothing
     * on a store that cannot write; a store may also keep nothing (the files are then hashed at every open).
     */
    default void recordBuiltinStamp(String hash, String stamp) throws StoreException {
    }

    /**
     * Replaces the built-in part with {@code dataset} in one transaction: on any failure nothing changes.
     * User rows are kept; if one of them references or overrides a built-in row the new dataset drops, the whole
     * replacement fails with a {@link StoreException} whose message names the user row that would break.
     */
    void replaceBuiltin(Dataset dataset, String contentHash) throws StoreException;

    /** Adds rows owned by the user, in one transaction. */
    void addUserData(Dataset rows) throws StoreException;

    /** What the user should be told about this database since it was opened (damage repaired, read-only...). */
    default java.util.List<StoreNotice> notices() {
        return java.util.List.of();
    }

    /** True when nothing can be written: the file or its folder is read-only. */
    default boolean readOnly() {
        return false;
    }

    /**
     * Starts writing user rows in one transaction (an import, an accepted proposal): see {@link UserRowsWriter}.
     * Close it (try-with-resources) before using this store again.
     */
    UserRowsWriter beginUserWrite() throws StoreException;

    /** Every zone of every imported layer (GeoJSON, KML polygons), in the order imported. */
    List<ImportedZone> importedZones() throws StoreException;

    /** Every proposed control change, pending and decided, by date. */
    List<ProposedChange> proposals() throws StoreException;

    /**
     * Accepts a pending proposal in one transaction: stores {@code change} (a user control change made from it) and,
     * when not null, {@code newLocality} (a user locality for a proposal that named no known place), and marks the
     * proposal accepted. The new rows enter the edit history as an {@link EditAction#ACCEPT} by {@code author}
     * at {@code at}, so they can be retracted or undone like the user's own edits. Fails, changing nothing, when the
     * proposal is not pending or a row of that id exists.
     */
    void acceptProposal(String proposalId, ControlChange change, Locality newLocality, String author, Instant at)
            throws StoreException;

    /** {@link #acceptProposal(String, ControlChange, Locality, String, Instant)} by nobody named, now. */
    default void acceptProposal(String proposalId, ControlChange change, Locality newLocality) throws StoreException {
        acceptProposal(proposalId, change, newLocality, "", Instant.now());
    }

    /** Rejects a pending proposal, keeping {@code reason} (not blank); it stays listed as rejected. */
    void rejectProposal(String proposalId, String reason) throws StoreException;

    /** The schema version the database is at. */
    int schemaVersion() throws StoreException;

    /** Closes the connection; further calls fail. */
    @Override
    void close() throws StoreException;
}
