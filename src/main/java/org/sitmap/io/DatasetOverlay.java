package org.sitmap.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Faction;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;

/**
 * A folder of additions (a user's exported edits) laid over a base dataset, as if its lines were added to
 * {@code data/}: a row with a base row's id replaces it, others are added. Validated as a whole, with problems
 * reported against the additions' files and lines. Stateless.
 */
public final class DatasetOverlay {
    private DatasetOverlay() {
    }

    /** The base with the additions laid over it. */
    public static Dataset merge(Dataset base, Dataset additions) {
        return new Dataset(over(base.factions(), additions.factions(), Faction::id),
                over(base.localities(), additions.localities(), Locality::id),
                over(base.sources(), additions.sources(), Source::id),
                over(base.changes(), additions.changes(), ControlChange::id),
                over(base.events(), additions.events(), Event::id),
                base.successions(), base.aliases());
    }

    private static <T> List<T> over(List<T> base, List<T> add, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        base.forEach(t -> m.put(id.apply(t), t));
        add.forEach(t -> m.put(id.apply(t), t));
        return new ArrayList<>(m.values());
    }

    /**
     * The problems of the merged dataset, plus the additions' own read problems. Additions need not have every
     * file: a missing one adds nothing.
     */
    public static List<DataProblem> validate(Dataset base, ReadResult additions) {
        Dataset merged = merge(base, additions.dataset());
        List<DataProblem> own = additions.problems().stream()
                .filter(p -> !(p.line() == 0 && p.message().equals(DatasetReader.MISSING_FILE))).toList();
        return new DatasetValidator().validate(new ReadResult(merged, own, additions.locations()));
    }
}
