package org.sitmap.store;

import java.util.List;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DataProblem;
import org.sitmap.io.DatasetReader;
import org.sitmap.io.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the built-in part of a store in step with the shipped data files: when their content hash differs from
 * the one stored, the files are read and the built-in part replaced in one transaction.
 */
public final class BuiltinDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BuiltinDataLoader.class);

    /** What {@link #ensureCurrent} did. */
    public record Outcome(boolean rebuilt, String hash, List<DataProblem> problems) {
    }

    private final DatasetReader reader = new DatasetReader();

    /** Rebuilds the built-in part if {@code files} changed since the last load; otherwise does nothing. */
    public Outcome ensureCurrent(SituationStore store, DataFiles files) throws StoreException {
        String hash = files.contentHash();
        if (store.builtinHash().filter(hash::equals).isPresent()) {
            return new Outcome(false, hash, List.of());
        }
        if (store.readOnly()) {
            LOG.warn("Built-in data differs from the shipped files, but the database is read-only: not rebuilt");
            return new Outcome(false, store.builtinHash().orElse(""), List.of());
        }
        ReadResult read = reader.read(files);
        read.problems().forEach(p -> LOG.warn("Built-in data: {}", p));
        store.replaceBuiltin(read.dataset(), hash);
        LOG.info("Loaded built-in dataset {} from {}", hash.substring(0, 12), files.origin());
        return new Outcome(true, hash, read.problems());
    }
}
