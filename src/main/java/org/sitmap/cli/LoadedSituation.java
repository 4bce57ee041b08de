package org.sitmap.cli;

import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.publish.Provenance;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;

/**
 * The dataset the publishing commands draw, with the version they stamp on their files: the built-in data's content
 * hash (first 12 hex digits).
 */
record LoadedSituation(Dataset dataset, Provenance provenance) {
    static LoadedSituation load(SitmapCommand root) throws StoreException {
        try (SqliteSituationStore store = SqliteSituationStore.open(root.database())) {
            var outcome = new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
            return new LoadedSituation(store.load(), Provenance.of(outcome.hash().substring(0, 12)));
        }
    }
}
