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

    /**
     * Rebuilds the built-in part if {@code files} changed since the last load; otherwise does nothing. When the new
     * data would break a row of the user's, the previous built-in data stays and the outcome's problems say why
     * (not rebuilt); on a first load there is nothing to keep and the refusal is thrown.
     */
    public Outcome ensureCurrent(SituationStore store, DataFiles files) throws StoreException {
        String hash = files.contentHash();
        if (store.builtinHash().filter(hash::equals).isPresent()) {
            return new Outcome(false, hash, List.of());
        }
        ReadResult read = reader.read(files);
        read.problems().forEach(p -> LOG.warn("Built-in data: {}", p));
        try {
            store.replaceBuiltin(read.dataset(), hash);
        } catch (RebuildRefusedException e) {
            // The user's rows come first: keep the previous built-in data they work with, and say why.
            String kept = store.builtinHash().orElseThrow(() -> e);
            List<DataProblem> problems = new java.util.ArrayList<>(read.problems());
            problems.add(new DataProblem(files.origin(), 0, e.getMessage()));
            return new Outcome(false, kept, problems);
        }
        LOG.info("Loaded built-in dataset {} from {}", hash.substring(0, 12), files.origin());
        return new Outcome(true, hash, read.problems());
    }
}
