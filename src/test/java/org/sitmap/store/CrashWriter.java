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
import org.sitmap.interop.ImportService;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.interop.acled.AcledImporter;
import org.sitmap.task.CancellationFlag;

/**
 * The child process of {@link CrashSafetyTest}: writes to a store without end, alternating a rebuild of the
 * built-in data, batches of user rows and an ACLED import (the user's path: {@link ImportService}), until it is
 * killed. Prints each batch it has committed.
 */
public final class CrashWriter {
    static final int BATCH = 40;
    /** Rows of each imported ACLED file: its events' ids are {@code u.acled.K<tag>.<i>}. */
    static final int IMPORT_ROWS = 300;
    static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp";

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int session = Integer.parseInt(args[1]);
        Dataset builtin = new DatasetReader().read(DataFiles.embedded()).dataset();
        try (SqliteSituationStore store = SqliteSituationStore.open(db)) {
            System.out.println("open");
            System.out.flush();
            for (int round = 0; ; round++) {
                // Odd sessions start with the rebuild, even ones with the import, so kills land in each kind of write.
                if (session % 2 == 1) store.replaceBuiltin(builtin, "hash-" + session + "-" + round);
                store.addUserData(batch(session + "." + round));
                Path acled = db.resolveSibling("acled-" + session + "-" + round + ".csv");
                java.nio.file.Files.writeString(acled, acledFile(session + "x" + round));
                new ImportService(store).run(new AcledImporter(AcledActorMap.defaults()), acled,
                        new CancellationFlag().silentProgress());
                java.nio.file.Files.delete(acled);
                if (session % 2 == 0) store.replaceBuiltin(builtin, "hash-" + session + "-" + round);
                System.out.println("committed " + session + "." + round);
                System.out.flush();
            }
        }
    }

    /** An ACLED export of {@link #IMPORT_ROWS} battles in Aleppo, ids unique to {@code tag}. */
    static String acledFile(String tag) {
        StringBuilder b = new StringBuilder(ACLED_HEADER).append('\n');
        for (int i = 0; i < IMPORT_ROWS; i++) {
            b.append("K").append(tag).append("-").append(i).append(",2024-11-30,2024,1,Political violence,Battles,Armed clash,")
                    .append("Hayat Tahrir al-Sham,,2,Military Forces of Syria (2000-2024),,1,12,,760,Middle East,Syria,Aleppo,")
                    .append("Jebel Saman,,Aleppo,36.2012,37.1612,1,Crash test,National,crash test ").append(tag)
                    .append(",0,,1733270400\n");
        }
        return b.toString();
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
