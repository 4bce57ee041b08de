package org.sitmap.store;

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
        @Override
        public void close() throws StoreException {
            store.close();
        }
    }

    /** Opens the store and brings its built-in part up to date; the caller closes it (try-with-resources). */
    Opened open() throws StoreException;

    /** Everything stored, built-in and user rows together, after bringing the built-in part up to date. */
    default Dataset load() throws StoreException {
        try (Opened opened = open()) {
            return opened.store().load();
        }
    }
}
