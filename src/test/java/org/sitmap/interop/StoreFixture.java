package org.sitmap.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.store.StoreException;
import org.sitmap.task.TaskRunner;

/** A real SQLite store with the shipped data, and helpers to see whether an import changed it. */
public final class StoreFixture {
    private StoreFixture() {
    }

    public static SituationStore open(Path dir) throws StoreException {
        SituationStore store = SqliteSituationStore.open(dir.resolve("sitmap.db"));
        new BuiltinDataLoader().ensureCurrent(store, DataFiles.embedded());
        return store;
    }

    /** Everything the store holds, as comparable values: equal before and after means the store is unchanged. */
    public static List<Object> contents(SituationStore store) throws StoreException {
        Dataset d = store.load();
        return List.of(d.factions(), d.localities(), d.sources(), d.changes(), d.events(), store.proposals());
    }

    /** Copies a test resource of {@code /interop/} to {@code dir}. */
    public static Path resource(String name, Path dir) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = StoreFixture.class.getResourceAsStream("/interop/" + name)) {
            if (in == null) throw new IOException("no test resource " + name);
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    /** Progress that records nothing and cancels when asked to after {@code cancelAfter} updates (-1: never). */
    public static TaskRunner.Progress progress(int cancelAfter) {
        return new TaskRunner.Progress() {
            int updates;

            @Override
            public void update(long done, long total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return cancelAfter >= 0 && updates >= cancelAfter;
            }
        };
    }
}
