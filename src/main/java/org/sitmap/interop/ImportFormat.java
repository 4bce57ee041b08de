package org.sitmap.interop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.interop.acled.AcledImporter;

/** The formats Sitmap imports, with the importer for each. */
public enum ImportFormat {
    ACLED, GEOJSON, KML, DATASET;

    /** The importer for this format; {@code actors} maps ACLED actor names to factions. */
    public Importer importer(AcledActorMap actors) {
        return switch (this) {
            case ACLED -> new AcledImporter(actors);
            case GEOJSON -> new org.sitmap.interop.geojson.GeoJsonImporter();
            case KML -> new org.sitmap.interop.kml.KmlImporter();
            case DATASET -> new org.sitmap.interop.dataset.DatasetFolderImporter();
        };
    }

    /** The format a dropped or chosen file most likely has, from its name (a directory is a dataset folder). */
    public static Optional<ImportFormat> guess(Path file) {
        if (java.nio.file.Files.isDirectory(file)) return Optional.of(DATASET);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return Optional.of(ACLED);
        if (name.endsWith(".geojson") || name.endsWith(".json")) return Optional.of(GEOJSON);
        if (name.endsWith(".kml") || name.endsWith(".kmz")) return Optional.of(KML);
        return Optional.empty();
    }
}
