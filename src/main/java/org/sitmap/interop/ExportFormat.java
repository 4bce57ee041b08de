package org.sitmap.interop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sitmap.interop.csv.EventsCsvWriter;
import org.sitmap.interop.geojson.SnapshotsGeoJsonWriter;
import org.sitmap.interop.gpkg.GeoPackageWriter;
import org.sitmap.interop.kml.KmlWriter;

/** The formats Sitmap exports. */
public enum ExportFormat {
    GEOPACKAGE("gpkg"), KML("kml"), GEOJSON("geojson"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The exporter; {@code excel} asks the CSV for a byte-order mark (for Excel), a {@code .kmz} name makes KMZ.
     */
    public Exporter exporter(Path out, boolean excel) {
        return switch (this) {
            case GEOPACKAGE -> new GeoPackageWriter();
            case KML -> new KmlWriter(out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz"));
            case GEOJSON -> new SnapshotsGeoJsonWriter();
            case CSV -> new EventsCsvWriter(excel);
        };
    }

    /** The format a file name asks for. */
    public static Optional<ExportFormat> guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) return Optional.of(GEOPACKAGE);
        if (name.endsWith(".kml") || name.endsWith(".kmz")) return Optional.of(KML);
        if (name.endsWith(".geojson") || name.endsWith(".json")) return Optional.of(GEOJSON);
        if (name.endsWith(".csv")) return Optional.of(CSV);
        return Optional.empty();
    }
}
