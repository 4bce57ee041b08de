package org.sitmap.store;

import java.util.function.Supplier;
import org.sitmap.io.DataFiles;

/** A {@link SituationService} over any {@link SituationStore}: it opens one per call and refreshes its built-in part. */
public final class StoreSituationService implements SituationService {
    /** Opens a store, e.g. {@code () -> SqliteSituationStore.open(path)}. */
    @FunctionalInterface
    public interface Opener {
        SituationStore open() throws StoreException;
    }

    private final Opener opener;
    private final Supplier<DataFiles> builtin;

    /** A service opening stores with {@code opener} and keeping their built-in part equal to {@code builtin}. */
    public StoreSituationService(Opener opener, Supplier<DataFiles> builtin) {
        this.opener = opener;
        this.builtin = builtin;
    }

    @Override
    public Opened open() throws StoreException {
        SituationStore store = opener.open();
        try {
            return new Opened(store, new BuiltinDataLoader().ensureCurrent(store, builtin.get()));
        } catch (StoreException | RuntimeException e) {
            try {
                store.close();
            } catch (StoreException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
