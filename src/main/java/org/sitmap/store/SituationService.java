package org.sitmap.store;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.Dataset;

/**
 * The one way to open the situation picture: open the store, bring its built-in part up to date with the shipped
 * data, then read or write it. Created once in the composition root ({@code app.Main}) and handed to the window and
 * to every command; callers depend on this interface only, so another store (e.g. PostgreSQL) can slot in.
 *
 * <p>Each call opens its own store, so the service may be shared between threads; it does blocking I/O, so callers
 * run it off the FX thread.
 */
public interface SituationService {
    /** An open store whose built-in part is current, and what bringing it up to date did. Close it when done. */
    record Opened(SituationStore store, BuiltinDataLoader.Outcome builtin) implements AutoCloseable {
        /**
         * What the user should be told about this opening, one sentence each: the store's notices (damage repaired,
         * read-only, open in another Sitmap), then a built-in update that failed ({@link StoreNotice.Kind#BUILTIN_KEPT}).
         */
        public List<StoreNotice> notices() {
            List<StoreNotice> all = new ArrayList<>(store.notices());
            if (builtin.failure() != null) {
                all.add(new StoreNotice(StoreNotice.Kind.BUILTIN_KEPT, "The built-in data could not be updated ("
                        + builtin.failure() + "); the copy already stored stays in use."));
            }
            return List.copyOf(all);
        }

        @Override
        public void close() throws StoreException {
            store.close();
        }
    }

    /**
     * What {@link #read()} returns: everything stored, the content hash of the built-in data it holds (what exports
     * stamp as the data's version), and what the user should be told about opening it.
     */
    record Read(Dataset dataset, String builtinHash, List<StoreNotice> notices) {
        public Read {
            notices = List.copyOf(notices);
        }
    }

    /** Opens the store and brings its built-in part up to date; the caller closes it (try-with-resources). */
    Opened open() throws StoreException;

    /**
     * Opens the store for a window, which wants its first frame soon. On a first start (the store holds nothing yet)
     * writing the built-in data into it takes most of the start at scale (issue 18): the data is then read from its
     * files and handed over at once as {@link Opening#pending()}, to be shown while it is written. Otherwise as
     * {@link #open()}, in {@link Opening#opened()}.
     */
    default Opening openForWindow() throws StoreException {
        return new Opening(open(), null);
    }

    /** What {@link #openForWindow()} returns: exactly one of an open, current store and a store still to be built. */
    record Opening(Opened opened, PendingStore pending) {
        public Opening {
            if ((opened == null) == (pending == null)) throw new IllegalArgumentException("one of opened and pending");
        }
    }

    /**
     * A store still to be built from the built-in data. Show {@link #readWithoutEvents()} (quick: what zones need)
     * if there is one, then {@link #read()} (everything), then call {@link #build()} once (or {@link #abandon()}):
     * until then every other opening of the service waits, so nothing reads or writes the store half-built. A build
     * that fails, or a process that ends first, leaves the store empty: the next opening builds it.
     */
    interface PendingStore {
        /**
         * The built-in data without its events, which are most of it at scale, when the window can open on it (the
         * events lie within its period); its {@link Read#builtinHash()} is null. Empty otherwise: read everything.
         */
        java.util.Optional<Read> readWithoutEvents();

        /** The built-in data, as the built store will hold it: read once, on the first call. */
        Read read() throws StoreException;

        /** Writes the data into the store (one transaction) and hands the store over, open and current. */
        Opened build() throws StoreException;

        /** Closes the store without building it. */
        void abandon();
    }

    /** Everything stored, built-in and user rows together, after bringing the built-in part up to date. */
    default Dataset load() throws StoreException {
        return read().dataset();
    }

    /** Like {@link #load()}, with the notices of the opening (for a window that shows them). */
    default Read read() throws StoreException {
        try (Opened opened = open()) {
            return new Read(opened.store().load(), opened.builtin().hash(), opened.notices());
        }
    }
}
