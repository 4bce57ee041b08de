package org.sitmap.interop.gpkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.geo.Geometries;
import org.sitmap.geo.Zone;
import org.sitmap.interop.AtomicFile;
import org.sitmap.interop.DatedSnapshot;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.Exporter;
import org.sitmap.task.TaskRunner;

/**
 * A GeoPackage (OGC, through NGA's library) for QGIS: layers {@code zones} (every snapshot's zones as multipolygons
 * with {@code valid_from}/{@code valid_to}, faction, status, km²), {@code localities}, {@code events} (points with
 * their instant {@code at}), and tables {@code sources} and {@code event_sources} (the links, with excerpts). Each
 * layer gets a default QGIS style in {@code layer_styles} (factions' colours, and the temporal settings that let
 * QGIS's Temporal Controller replay the zones and events). WGS 84 (EPSG:4326) throughout.
 */
public final class GeoPackageWriter implements Exporter {
    static final long WGS84 = 4326;
    static final String ZONES = "zones", LOCALITIES = "localities", EVENTS = "events", SOURCES = "sources",
            EVENT_SOURCES = "event_sources", LAYER_STYLES = "layer_styles";
    private static final BoundingBox SYRIA = new BoundingBox(35.5, 32.2, 42.5, 37.5);

    @Override
    public void write(ExportData data, Path out, TaskRunner.Progress progress) throws IOException {
        AtomicFile.write(out, tmp -> {
            Files.delete(tmp); // the library creates the file itself
            GeoPackageManager.create(tmp.toFile());
            GeoPackage gp = GeoPackageManager.open(tmp.toFile());
            try {
                // Tables first: the library checks for them through another connection, which cannot see a
                // transaction's uncommitted tables. The rows then go in one transaction.
                FeatureDao zones = zonesTable(gp);
                FeatureDao localities = localitiesTable(gp);
                FeatureDao events = eventsTable(gp);
                AttributesDao sources = sourcesTable(gp);
                AttributesDao links = linksTable(gp);
                AttributesDao styles = QgisStyles.table(gp);
                gp.beginTransaction();
                boolean ok = false;
                try {
                    zones(zones, data, progress);
                    localities(localities, data.dataset());
                    events(events, data);
                    sources(sources, links, data);
                    QgisStyles.write(styles, data.dataset());
                    ok = true;
                } finally {
                    gp.endTransaction(ok);
                }
            } finally {
                gp.close();
            }
        });
    }

    private static FeatureDao featureTable(GeoPackage gp, String table, GeometryType type, List<FeatureColumn> columns) {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(table, "geom"));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(WGS84);
        gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", columns, SYRIA));
        return gp.getFeatureDao(table);
    }

    /** An attributes table with the primary key {@code idColumn}. */
    static AttributesDao attributesTable(GeoPackage gp, String table, String idColumn, List<AttributesColumn> columns) {
        gp.createAttributesTable(AttributesTableMetadata.create(table, idColumn, columns));
        return gp.getAttributesDao(table);
    }

    private static FeatureColumn column(String name, GeoPackageDataType type) {
        return FeatureColumn.createColumn(name, type);
    }

    static GeoPackageGeometryData geometry(Geometry g) throws IOException {
        Geometry multi = g instanceof Polygon p ? Geometries.FACTORY.createMultiPolygon(new Polygon[] {p}) : g;
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(multi);
        return GeoPackageGeometryData.createFromWkbBuildEnvelopeAndWrite(WGS84, wkb);
    }

    private static GeoPackageGeometryData point(GeoPoint p) throws IOException {
        return GeoPackageGeometryData.createFromWkbBuildEnvelopeAndWrite(WGS84,
                new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(Geometries.FACTORY.createPoint(
                        new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat()))));
    }

    private static FeatureDao zonesTable(GeoPackage gp) {
        return featureTable(gp, ZONES, GeometryType.MULTIPOLYGON, List.of(
                column("faction", GeoPackageDataType.TEXT), column("faction_name", GeoPackageDataType.TEXT),
                column("contested_by", GeoPackageDataType.TEXT), column("status", GeoPackageDataType.TEXT),
                column("valid_from", GeoPackageDataType.DATETIME), column("valid_to", GeoPackageDataType.DATETIME),
                column("since", GeoPackageDataType.DATETIME), column("area_km2", GeoPackageDataType.REAL),
                column("localities", GeoPackageDataType.INTEGER)));
    }

    private static void zones(FeatureDao dao, ExportData data, TaskRunner.Progress progress) throws IOException {
        int k = 0;
        for (DatedSnapshot s : data.snapshots()) {
            if (progress.isCancelled()) throw new CancellationException("export cancelled");
            progress.update(k++, data.snapshots().size(), "snapshot " + k);
            for (Zone z : s.zones()) {
                if (!(z.geometry() instanceof Polygon || z.geometry() instanceof MultiPolygon) || z.geometry().isEmpty()) continue;
                FeatureRow row = dao.newRow();
                row.setGeometry(geometry(z.geometry()));
                row.setValue("faction", z.faction());
                row.setValue("faction_name", z.faction() == null ? "no data"
                        : data.dataset().faction(z.faction()).map(Faction::name).orElse(z.faction()));
                row.setValue("contested_by", z.contestedBy());
                row.setValue("status", z.status().name().toLowerCase(Locale.ROOT));
                row.setValue("valid_from", s.validFrom().toString());
                row.setValue("valid_to", s.validTo() == null ? null : s.validTo().toString());
                row.setValue("since", z.since() == null ? null : z.since().toString());
                row.setValue("area_km2", Math.round(z.areaKm2() * 100) / 100.0);
                row.setValue("localities", (long) z.localityIds().size());
                dao.insert(row);
            }
        }
    }

    private static FeatureDao localitiesTable(GeoPackage gp) {
        return featureTable(gp, LOCALITIES, GeometryType.POINT, List.of(
                column("id", GeoPackageDataType.TEXT), column("name_en", GeoPackageDataType.TEXT),
                column("name_ar", GeoPackageDataType.TEXT), column("kind", GeoPackageDataType.TEXT),
                column("governorate", GeoPackageDataType.TEXT), column("coord_source", GeoPackageDataType.TEXT),
                column("coord_error_km", GeoPackageDataType.REAL), column("population", GeoPackageDataType.INTEGER)));
    }

    private static void localities(FeatureDao dao, Dataset d) throws IOException {
        for (Locality l : d.localities()) {
            FeatureRow row = dao.newRow();
            row.setGeometry(point(l.point()));
            row.setValue("id", l.id());
            row.setValue("name_en", l.nameEn());
            row.setValue("name_ar", l.nameAr());
            row.setValue("kind", l.kind().name().toLowerCase(Locale.ROOT));
            row.setValue("governorate", l.governorate());
            row.setValue("coord_source", l.coordSource().name().toLowerCase(Locale.ROOT));
            row.setValue("coord_error_km", l.coordErrorKm());
            row.setValue("population", l.population());
            dao.insert(row);
        }
    }

    private static FeatureDao eventsTable(GeoPackage gp) {
        return featureTable(gp, EVENTS, GeometryType.POINT, List.of(
                column("id", GeoPackageDataType.TEXT), column("at", GeoPackageDataType.DATETIME),
                column("date", GeoPackageDataType.TEXT), column("time", GeoPackageDataType.TEXT),
                column("precision", GeoPackageDataType.TEXT), column("type", GeoPackageDataType.TEXT),
                column("title", GeoPackageDataType.TEXT), column("summary", GeoPackageDataType.TEXT),
                column("actors", GeoPackageDataType.TEXT), column("locality_id", GeoPackageDataType.TEXT),
                column("fatalities", GeoPackageDataType.INTEGER), column("confidence", GeoPackageDataType.TEXT)));
    }

    private static void events(FeatureDao dao, ExportData data) throws IOException {
        for (Event e : data.events()) {
            FeatureRow row = dao.newRow();
            GeoPoint at = data.dataset().position(e).orElse(null);
            if (at != null) row.setGeometry(point(at));
            row.setValue("id", e.id());
            row.setValue("at", e.when().instant().toString());
            row.setValue("date", e.when().date().toString());
            row.setValue("time", e.when().time() == null ? null : e.when().time().toString());
            row.setValue("precision", e.when().precision().name().toLowerCase(Locale.ROOT));
            row.setValue("type", e.type().name().toLowerCase(Locale.ROOT));
            row.setValue("title", e.title());
            row.setValue("summary", e.summary());
            row.setValue("actors", String.join("|", e.actors()));
            row.setValue("locality_id", e.localityId());
            row.setValue("fatalities", e.fatalities() == null ? null : e.fatalities().longValue());
            row.setValue("confidence", e.confidence().name().toLowerCase(Locale.ROOT));
            dao.insert(row);
        }
    }

    private static AttributesDao sourcesTable(GeoPackage gp) {
        return attributesTable(gp, SOURCES, "fid", List.of(
                AttributesColumn.createColumn("id", GeoPackageDataType.TEXT), AttributesColumn.createColumn("outlet", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("title", GeoPackageDataType.TEXT), AttributesColumn.createColumn("published", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("url", GeoPackageDataType.TEXT), AttributesColumn.createColumn("language", GeoPackageDataType.TEXT)));
    }

    private static AttributesDao linksTable(GeoPackage gp) {
        return attributesTable(gp, EVENT_SOURCES, "fid", List.of(
                AttributesColumn.createColumn("event_id", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("source_id", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("excerpt", GeoPackageDataType.TEXT)));
    }

    private static void sources(AttributesDao sources, AttributesDao links, ExportData data) {
        for (Source s : data.dataset().sources()) {
            AttributesRow row = sources.newRow();
            row.setValue("id", s.id());
            row.setValue("outlet", s.outlet());
            row.setValue("title", s.title());
            row.setValue("published", s.published());
            row.setValue("url", s.url());
            row.setValue("language", s.language());
            sources.insert(row);
        }
        for (Event e : data.events()) {
            for (Citation c : e.citations()) {
                AttributesRow row = links.newRow();
                row.setValue("event_id", e.id());
                row.setValue("source_id", c.sourceId());
                row.setValue("excerpt", c.excerpt());
                links.insert(row);
            }
        }
    }
}
