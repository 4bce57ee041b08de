package org.sitmap.store;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.sitmap.io.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SituationService} over any {@link SituationStore}: it opens one per call and refreshes its built-in part.
 * One built-in update runs at a time (two windows' workers opening a new store would otherwise both write it), and a
 * {@link PendingStore} holds that turn until it is built.
 */
public final class StoreSituationService implements SituationService {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSituationService.class);

    /** Opens a store, e.g. {@code () -> SqliteSituationStore.open(path)}. */
    @FunctionalInterface
    public interface Opener {
        SituationStore open() throws StoreException;
    }

    private final Opener opener;
    private final Supplier<DataFiles> builtin;
    private final BuiltinDataLoader loader = new BuiltinDataLoader();
    /** The turn to bring the built-in part up to date: a semaphore, since a pending store releases it on another thread. */
    private final Semaphore builtinTurn = new Semaphore(1);

    /** A service opening stores with {@code opener} and keeping their built-in part equal to {@code builtin}. */
    public StoreSituationService(Opener opener, Supplier<DataFiles> builtin) {
        this.opener = opener;
        this.builtin = builtin;
    }

    @Override
    public Opened open() throws StoreException {
        SituationStore store = opener.open();
        builtinTurn.acquireUninterruptibly();
        return thenRelease(store, () -> new Opened(store, loader.ensureCurrent(store, builtin.get())));
    }

    @Override
    public Opening openForWindow() throws StoreException {
        SituationStore store = opener.open();
        builtinTurn.acquireUninterruptibly();
        boolean handedOver = false;
        try {
            DataFiles files = builtin.get();
            Optional<BuiltinDataLoader.FirstBuild> first = loader.firstBuild(store, files);
            if (first.isEmpty()) return new Opening(new Opened(store, loader.ensureCurrent(store, files)), null);
            handedOver = true;
            return new Opening(null, new Pending(store, first.get()));
        } catch (StoreException | RuntimeException e) {
            closeAfter(store, e);
            throw e;
        } finally {
            if (!handedOver) builtinTurn.release();
        }
    }

    /** The store of a first start, holding the service's built-in turn until it is built or abandoned. */
    private final class Pending implements PendingStore {
        private final SituationStore store;
        private final BuiltinDataLoader.FirstBuild files;
        private final AtomicBoolean ended = new AtomicBoolean();
        /** All the data, once read. */
        private BuiltinDataLoader.Rebuild data;

        Pending(SituationStore store, BuiltinDataLoader.FirstBuild files) {
            this.store = store;
            this.files = files;
        }

        @Override
        public Optional<Read> readWithoutEvents() {
            return files.withoutEvents().map(rest -> new Read(rest, null, store.notices()));
        }

        @Override
        public synchronized Read read() throws StoreException {
            if (data == null) data = files.readAll();
            return new Read(data.read().dataset(), data.hash(), store.notices());
        }

        @Override
        public Opened build() throws StoreException {
            if (!ended.compareAndSet(false, true)) throw new IllegalStateException("built or abandoned already");
            return thenRelease(store, () -> {
                read();
                return new Opened(store, data.write(store));
            });
        }

        @Override
        public void abandon() {
            if (!ended.compareAndSet(false, true)) return;
            try {
                store.close();
            } catch (StoreException e) {
                LOG.warn("Could not close the store left unbuilt", e);
            } finally {
                builtinTurn.release();
            }
        }
    }

    /** Work on an open store. */
    @FunctionalInterface
    private interface StoreWork<T> {
        T run() throws StoreException;
    }

    /**
     * Runs {@code work} on {@code store}, for which the caller holds the built-in turn: closes the store if the work
     * fails, and gives the turn back either way.
     */
    private <T> T thenRelease(SituationStore store, StoreWork<T> work) throws StoreException {
        try {
            return work.run();
        } catch (StoreException | RuntimeException e) {
            closeAfter(store, e);
            throw e;
        } finally {
            builtinTurn.release();
        }
    }

    private static void closeAfter(SituationStore store, Exception failure) {
        try {
            store.close();
        } catch (StoreException closing) {
            failure.addSuppressed(closing);
        }
    }
}
