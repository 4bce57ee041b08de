package org.sitmap.geo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.Source;

/** Small datasets for zone tests: localities placed by lat/lon, control changes by date. */
public final class DatasetBuilder {
    static final LocalDate D26 = LocalDate.of(2024, 11, 26);

    private final List<Locality> localities = new ArrayList<>();
    private final List<ControlChange> changes = new ArrayList<>();

    /** A locality held by {@code holder} from 26 Nov 2024 (status quo). */
    DatasetBuilder locality(String id, LocalityKind kind, double lat, double lon, String holder) {
        return locality(id, kind, lat, lon, holder, null);
    }

    DatasetBuilder locality(String id, LocalityKind kind, double lat, double lon, String holder, Long population) {
        localities.add(new Locality(id, id, "", kind, "Aleppo", new GeoPoint(lat, lon), CoordinateSource.APPROXIMATE,
                "", 0, null, population));
        if (holder != null) change(id, D26, null, null, holder, ChangeKind.STATUS_QUO);
        return this;
    }

    DatasetBuilder change(String localityId, LocalDate date, LocalTime time, String from, String to, ChangeKind kind) {
        ReportedTime when = new ReportedTime(date, time, time == null ? Precision.DAY : Precision.MINUTE);
        changes.add(new ControlChange("C" + (changes.size() + 1), localityId, when, from, to, kind, Confidence.HIGH,
                true, "", List.of(new Citation("S1", "excerpt"))));
        return this;
    }

    DatasetBuilder captured(String localityId, LocalDate date, String from, String to) {
        return change(localityId, date, null, from, to, ChangeKind.CAPTURED);
    }

    Dataset build() {
        List<Faction> factions = new ArrayList<>();
        for (String f : List.of("GOV", "HTS", "SNA", "SDF")) {
            factions.add(new Faction(f, f, "", "#000000", true, List.of(), ""));
        }
        Source s1 = new Source("S1", "Reuters", "A report", "2024-11-30", "https://example.org/r", "en", "");
        return new Dataset(factions, localities, List.of(s1), changes, List.of());
    }
}
