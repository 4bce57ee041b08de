package org.sitmap.cli;

import org.sitmap.io.DataFiles;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;

/** Opens the store a command writes to, with the built-in data current. The caller closes it. */
final class StoreOpener {
    private StoreOpener() {
    }

    static SituationStore open(SitmapCommand root) throws StoreException {
        SqliteSituationStore store = SqliteSituationStore.open(root.database());
        try {
            new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            return store;
        } catch (StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
