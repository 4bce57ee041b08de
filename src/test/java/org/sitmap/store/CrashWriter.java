package org.sitmap.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/**
 * The child process of {@link CrashSafetyTest}: writes to a store without end, alternating a rebuild of the
 * built-in data with batches of user rows, until it is killed. Prints each batch it has committed.
 */
public final class CrashWriter {
    static final int BATCH = 40;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int session = Integer.parseInt(args[1]);
        Dataset builtin = new DatasetReader().read(DataFiles.embedded()).dataset();
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            System.out.println("open");
            System.out.flush();
            for (int round = 0; ; round++) {
                store.replaceBuiltin(builtin, "hash-" + session + "-" + round);
                store.addUserData(batch(session + "." + round));
                System.out.println("committed " + session + "." + round);
                System.out.flush();
            }
        }
    }

    static Dataset batch(String tag) {
        List<Source> sources = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String s = "u.S." + tag + "." + i;
            sources.add(new Source(s, "Crash test", "", "2024-12-01", "https://example.org/" + tag + "/" + i, "en", ""));
            events.add(new Event("u.E." + tag + "." + i, ReportedTime.ofDay(LocalDate.of(2024, 12, 1)), EventType.OTHER,
                    null, new GeoPoint(36.2, 37.16), List.of("HTS"), "batch " + tag, "", null, Confidence.LOW,
                    List.of(new Citation(s, ""))));
        }
        return new Dataset(List.of(), List.of(), sources, List.of(), events);
    }
}
