package org.sitmap.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.DayRange;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.EventDays;
import org.sitmap.io.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the built-in part of a store in step with the shipped data files: when their content hash differs from
 * the one stored, the files are read and the built-in part replaced in one transaction.
 */
public final class BuiltinDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BuiltinDataLoader.class);
    /** A thread of its own for each scan of the events' days: once per first start. */
    private static final Executor EVENT_DAYS = work -> {
        Thread t = new Thread(work, "sitmap-event-days");
        t.setDaemon(true);
        t.start();
    };

    /** What {@link #ensureCurrent} did. */
    public record Outcome(boolean rebuilt, String hash, List<DataProblem> problems, String failure) {
        public Outcome(boolean rebuilt, String hash, List<DataProblem> problems) {
            this(rebuilt, hash, problems, null);
        }
    }

    private final DatasetReader reader = new DatasetReader();

    /** Prefix of every id in the user's part of a store; built-in ids never have it, so the two never collide. */
    public static final String USER_ID_PREFIX = "u.";

    private static void requireNoUserIds(ReadResult read) throws StoreException {
        var d = read.dataset();
        java.util.stream.Stream<String> ids = java.util.stream.Stream.of(
                d.localities().stream().map(org.sitmap.domain.Locality::id),
                d.sources().stream().map(org.sitmap.domain.Source::id),
                d.changes().stream().map(org.sitmap.domain.ControlChange::id),
                d.events().stream().map(org.sitmap.domain.Event::id)).flatMap(s -> s);
        var clash = ids.filter(id -> id.startsWith(USER_ID_PREFIX)).findFirst();
        if (clash.isPresent()) throw new StoreException("The built-in data uses the id '" + clash.get()
                + "', but ids starting with '" + USER_ID_PREFIX + "' belong to your own rows: the built-in data was not updated.", null);
    }

    /**
     * Rebuilds the built-in part if {@code files} changed since the last load; otherwise does nothing. A rebuild
     * that fails (a user row would lose what it points at, say) leaves the stored data as it was and is reported
     * in {@link Outcome#failure()}, so the user keeps working on the previous built-in data.
     */
    public Outcome ensureCurrent(SituationStore store, DataFiles files) throws StoreException {
        // Taken before the hash: a file changed while it is hashed then shows a newer stamp at the next open.
        Optional<String> stamp = files.stamp();
        Optional<String> stored = store.builtinHash();
        if (stored.isPresent() && stamp.isPresent() && store.builtinStamp(stored.get()).equals(stamp)) {
            return new Outcome(false, stored.get(), List.of()); // files not touched since they were hashed
        }
        String hash = files.contentHash();
        if (stored.filter(hash::equals).isPresent()) {
            stamp.ifPresent(s -> record(store, hash, s));
            return new Outcome(false, hash, List.of());
        }
        if (store.readOnly()) {
            // the store's READ_ONLY notice tells the user; the log file keeps why the data is old
            LOG.info("Built-in data differs from the shipped files, but the database is read-only: not rebuilt");
            return new Outcome(false, store.builtinHash().orElse(""), List.of());
        }
        ReadResult read = reader.read(files);
        read.problems().forEach(p -> LOG.warn("Built-in data: {}", p));
        try {
            requireNoUserIds(read);
            return new Rebuild(read, hash, stamp, files.origin()).write(store);
        } catch (RebuildRefusedException e) {
            // Expected (a user row needs what the new data drops): the message names the row, no stack trace.
            LOG.warn("Built-in data not updated; the stored copy stays in use: {}", e.getMessage());
            return new Outcome(false, store.builtinHash().orElse(""), read.problems(), e.getMessage());
        } catch (StoreException e) {
            // Never lock the user out: keep working on the built-in data already stored, and say why it is old.
            // reported to the user through the outcome (SituationService.Opened#notices); the log file keeps the detail
            LOG.info("Built-in data not updated; the stored copy stays in use", e);
            return new Outcome(false, store.builtinHash().orElse(""), read.problems(), e.getMessage());
        }
    }

    /**
     * The built-in data for a store that holds nothing yet (no built-in data, no user rows: a first start), to be read
     * and written while a window already shows it. Empty when the store holds anything or is read-only:
     * {@link #ensureCurrent} then does and says what it always does.
     */
    public Optional<FirstBuild> firstBuild(SituationStore store, DataFiles files) throws StoreException {
        if (store.readOnly() || store.builtinHash().isPresent() || !store.userRows().isEmpty()) return Optional.empty();
        return Optional.of(new FirstBuild(files, files.stamp())); // the stamp before the hash, as in ensureCurrent
    }

    /**
     * The built-in files of a first start, read in two steps: everything but the events first (what the first frame
     * with zones needs, quickly), then all of it with its hash, to show the events and write the store.
     */
    public final class FirstBuild {
        private final DataFiles files;
        private final Optional<String> stamp;

        private FirstBuild(DataFiles files, Optional<String> stamp) {
            this.files = files;
            this.stamp = stamp;
        }

        /**
         * Everything but the events, when that is enough to open on: empty when the events reach outside the period
         * of the control changes (the window opens on the period's last day), or when their days cannot be told
         * without reading them.
         */
        public Optional<Dataset> withoutEvents() {
            // The events' days are scanned on another thread while the rest is parsed: 0.2-0.4 s at scale 100,
            // and the first frame waits for both (issue 18, cold start).
            CompletableFuture<Optional<DayRange>> days = CompletableFuture.supplyAsync(() -> {
                try {
                    return EventDays.of(files);
                } catch (java.io.IOException e) {
                    return null;  // reading everything reports it
                }
            }, EVENT_DAYS);
            Dataset rest = reader.readWithoutEvents(files).dataset();
            Optional<DayRange> events;
            try {
                events = days.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
            if (events == null) return Optional.empty();
            if (events.isEmpty()) return Optional.of(rest);
            return rest.period().filter(p -> p.contains(events.get())).map(p -> rest);
        }

        /** All the data with its content hash, ready to write; fails if it uses ids of the user's part. */
        public Rebuild readAll() throws StoreException {
            String hash = files.contentHash();
            ReadResult read = reader.read(files);
            requireNoUserIds(read);
            read.problems().forEach(p -> LOG.warn("Built-in data: {}", p));
            return new Rebuild(read, hash, stamp, files.origin());
        }
    }

    /**
     * Built-in data read from its files, with its content hash and the files' stamp, not yet written: by
     * {@link FirstBuild#readAll} for a window to show first, or within {@link #ensureCurrent}.
     */
    public record Rebuild(ReadResult read, String hash, Optional<String> stamp, String origin) {
        /** Replaces the store's built-in part with the data in one transaction, and keeps the files' stamp. */
        public Outcome write(SituationStore store) throws StoreException {
            store.replaceBuiltin(read.dataset(), hash);
            stamp.ifPresent(s -> record(store, hash, s));
            LOG.info("Loaded built-in dataset {} from {}", hash.substring(0, 12), origin);
            return new Outcome(true, hash, read.problems());
        }
    }

    /** Keeps the files' stamp with their hash; failing only costs a hash at the next open, so it does not fail this one. */
    private static void record(SituationStore store, String hash, String stamp) {
        if (store.readOnly()) return;
        try {
            store.recordBuiltinStamp(hash, stamp);
        } catch (StoreException e) {
            LOG.info("Could not record the built-in files' stamp; they are hashed again at the next start", e);
        }
    }
}
