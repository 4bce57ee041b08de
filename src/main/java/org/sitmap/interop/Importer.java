package org.sitmap.interop;

import java.io.IOException;
import java.nio.file.Path;
import org.sitmap.domain.Dataset;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * Reads one file format into the user's part of the store. An importer streams its file: it holds a row at a time,
 * never the whole file. It writes through {@code target} and never commits: {@link ImportService} does, only when the
 * whole file was read without a problem and not cancelled.
 */
public interface Importer {
    /**
     * Reads {@code file} into {@code target}.
     *
     * @param current  what the store holds now (localities to match places against, factions)
     * @param progress reports bytes or rows done; checked for cancellation between rows
     * @throws ImportException  on bad input, naming file, line and what is wrong
     * @throws java.util.concurrent.CancellationException when the user cancelled
     */
    ImportReport read(Path file, Dataset current, UserRowsWriter target, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException;
}
