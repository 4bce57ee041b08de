package org.sitmap.cli;

import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;

/** Opens the database the command line works on (creating and filling it if needed) and loads its dataset. */
final class SituationLoader {
    private SituationLoader() {
    }

    /** The opened store, its built-in part brought up to date; the caller closes it. */
    static SituationStore open(SitmapCommand root) throws StoreException {
        SqliteSituationStore store = SqliteSituationStore.open(root.database());
        try {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            return store;
        } catch (StoreException e) {
            store.close();
            throw e;
        }
    }

    static Dataset load(SitmapCommand root) throws StoreException {
        try (SqliteSituationStore store = SqliteSituationStore.open(root.database())) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            return store.load();
        }
    }
}
