package org.sitmap.cli;

import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;

/** Opens the database the command line works on (creating and filling it if needed) and loads its dataset. */
final class SituationLoader {
    private SituationLoader() {
    }

    static Dataset load(SitmapCommand root) throws StoreException {
        try (SqliteSituationStore store = SqliteSituationStore.open(root.database())) {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            return store.load();
        }
    }
}
