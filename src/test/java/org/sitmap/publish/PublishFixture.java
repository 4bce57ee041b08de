package org.sitmap.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** The shipped dataset, its zone engine and the bundled base map, loaded once for all publishing tests. */
final class PublishFixture {
    static final Dataset DATA = new DatasetReader().read(DataFiles.embedded()).dataset();
    static final ZoneEngine ENGINE = ZoneEngine.forDataset(DATA);
    static final BaseMapData BASE = BaseMapData.loadBundled();
    static final Provenance PROVENANCE = new Provenance("testdata1234", "Sitmap test");
    /** Aleppo and its northern countryside. */
    static final Envelope ALEPPO = new Envelope(36.95, 37.35, 36.08, 36.32);

    private PublishFixture() {
    }

    static MapRenderer renderer() {
        return new MapRenderer(DATA, BASE, PROVENANCE);
    }

    static Instant endOf(String isoDate) {
        return ReportedTime.endOfDay(LocalDate.parse(isoDate));
    }

    /** The locality whose English name is {@code name} (case-insensitive). */
    static Locality place(String name) {
        return DATA.localities().stream().filter(l -> l.nameEn().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no locality named " + name.toLowerCase(Locale.ROOT)));
    }
}
