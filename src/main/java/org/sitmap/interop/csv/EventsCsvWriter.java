package org.sitmap.interop.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.interop.AtomicFile;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.Exporter;
import org.sitmap.task.TaskRunner;

/**
 * Events with their sources as CSV: one row per event–source pair (an event citing three reports gives three rows),
 * UTF-8, RFC 4180 quoting, a byte-order mark only when asked (Excel needs it to read UTF-8).
 */
public final class EventsCsvWriter implements Exporter {
    public static final String[] HEADER = {"event_id", "date", "time", "precision", "type", "title", "summary", "actors",
            "locality_id", "place", "latitude", "longitude", "fatalities", "confidence", "source_id", "outlet",
            "source_title", "published", "url", "excerpt"};

    private final boolean byteOrderMark;

    public EventsCsvWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public void write(ExportData data, Path out, TaskRunner.Progress progress) throws IOException {
        Dataset d = data.dataset();
        AtomicFile.write(out, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (byteOrderMark) w.write('\uFEFF');
                try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(w)) {
                    int n = 0;
                    for (Event e : data.events()) {
                        if (progress.isCancelled()) throw new CancellationException("export cancelled");
                        if (++n % 1000 == 0) progress.update(n, data.events().size(), "event " + n);
                        Locality place = e.localityId() == null ? null : d.locality(e.localityId()).orElse(null);
                        GeoPoint at = d.position(e).orElse(null);
                        for (Citation c : e.citations()) {
                            Source s = d.source(c.sourceId()).orElse(null);
                            csv.printRecord(e.id(), e.when().date(), e.when().time() == null ? "" : e.when().time(),
                                    e.when().precision().name().toLowerCase(java.util.Locale.ROOT),
                                    e.type().name().toLowerCase(java.util.Locale.ROOT), e.title(), e.summary(),
                                    String.join("|", e.actors()), e.localityId() == null ? "" : e.localityId(),
                                    place == null ? "" : place.nameEn(), at == null ? "" : at.lat(), at == null ? "" : at.lon(),
                                    e.fatalities() == null ? "" : e.fatalities(), e.confidence().name().toLowerCase(java.util.Locale.ROOT),
                                    c.sourceId(), s == null ? "" : s.outlet(), s == null ? "" : s.title(),
                                    s == null ? "" : s.published(), s == null ? "" : s.url(), c.excerpt());
                        }
                    }
                }
            }
        });
    }
}
