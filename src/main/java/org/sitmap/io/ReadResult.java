package org.sitmap.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.domain.Dataset;

/**
 * What reading a dataset produced: the entities that parsed, the problems found, and where each entity was read.
 *
 * @param dataset   the entities that parsed (bad rows are left out and reported)
 * @param problems  parse problems, in file order
 * @param locations entity id to its {@code file:line}, for later validation messages
 */
public record ReadResult(Dataset dataset, List<DataProblem> problems, Map<String, Location> locations) {
    public ReadResult {
        problems = List.copyOf(problems);
        // Not Map.copyOf: its probing compares long keys with equals, a sixth of reading 200,000 events (issue 18).
        locations = Collections.unmodifiableMap(new HashMap<>(locations));
    }

    /** A place in a data file. */
    public record Location(String file, long line) {
    }

    /** The location of an entity, or the file alone when unknown. */
    public Location where(String file, String id) {
        return locations.getOrDefault(file + "#" + id, new Location(file, 0));
    }
}
