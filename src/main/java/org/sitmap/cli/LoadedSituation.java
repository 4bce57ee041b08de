package org.sitmap.cli;

import org.sitmap.domain.Dataset;
import org.sitmap.publish.Provenance;
import org.sitmap.store.SituationService;
import org.sitmap.store.StoreException;

/**
 * The dataset the publishing commands draw, with the version they stamp on their files: the built-in data's content
 * hash (first 12 hex digits).
 */
record LoadedSituation(Dataset dataset, Provenance provenance) {
    static LoadedSituation load(SitmapCommand root) throws StoreException {
        try (SituationService.Opened situation = root.situation().open()) {
            return new LoadedSituation(situation.store().load(),
                    Provenance.of(situation.builtin().hash().substring(0, 12)));
        }
    }
}
