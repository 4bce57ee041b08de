package org.sitmap.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.sitmap.domain.Dataset;
import org.sitmap.store.SituationStore;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * Runs an {@link Importer} as ONE transaction: the rows become visible only if the whole file was read without a
 * problem and the user did not cancel; otherwise the store is exactly as it was. Use from one background thread.
 */
public final class ImportService {
    private final SituationStore store;

    public ImportService(SituationStore store) {
        this.store = store;
    }

    /**
     * Imports {@code file} with {@code importer}.
     *
     * @throws ImportException       bad input (nothing stored)
     * @throws CancellationException the user cancelled (nothing stored)
     */
    public ImportReport run(Importer importer, Path file, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException {
        Dataset current = store.load();
        try (UserRowsWriter writer = store.beginUserWrite()) {
            ImportReport report = importer.read(file, current, writer, progress);
            if (progress.isCancelled()) throw new CancellationException("import of " + file.getFileName() + " cancelled");
            writer.commit();
            return report;
        }
    }
}
