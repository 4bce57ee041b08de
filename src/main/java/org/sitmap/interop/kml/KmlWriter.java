package org.sitmap.interop.kml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.geo.Zone;
import org.sitmap.interop.AtomicFile;
import org.sitmap.interop.DatedSnapshot;
import org.sitmap.interop.ExportData;
import org.sitmap.interop.Exporter;
import org.sitmap.task.TaskRunner;

/**
 * KML 2.2 for Google Earth's time slider: every zone of every snapshot as a Placemark with a {@code TimeSpan}
 * (begin = valid from, end = valid to), every event as a point with a {@code TimeStamp}, one style per faction.
 * As KMZ (a zip of {@code doc.kml} and {@code legend.png}), the legend is a screen overlay.
 */
public final class KmlWriter implements Exporter {
    static final String NS = "http://www.opengis.net/kml/2.2";
    static final String LEGEND = "legend.png";
    private final boolean kmz;

    public KmlWriter(boolean kmz) {
        this.kmz = kmz;
    }

    @Override
    public void write(ExportData data, Path out, TaskRunner.Progress progress) throws IOException {
        AtomicFile.write(out, tmp -> {
            try (OutputStream file = Files.newOutputStream(tmp)) {
                if (!kmz) {
                    document(data, file, progress);
                    return;
                }
                try (ZipOutputStream zip = new ZipOutputStream(file)) {
                    zip.putNextEntry(new ZipEntry("doc.kml"));
                    document(data, zip, progress);
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(LEGEND));
                    LegendImage.write(data.dataset(), zip);
                    zip.closeEntry();
                }
            }
        });
    }

    private void document(ExportData data, OutputStream out, TaskRunner.Progress progress) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("Document");
            text(x, "name", "Sitmap: control zones and events");
            for (Faction f : data.dataset().factions()) style(x, f);
            if (kmz) legend(x);
            x.writeStartElement("Folder");
            text(x, "name", "Control zones");
            int k = 0;
            for (DatedSnapshot s : data.snapshots()) {
                if (progress.isCancelled()) throw new CancellationException("export cancelled");
                progress.update(k++, data.snapshots().size(), "snapshot " + k);
                for (Zone z : s.zones()) zone(x, s, z);
            }
            x.writeEndElement();
            x.writeStartElement("Folder");
            text(x, "name", "Events");
            for (Event e : data.events()) event(x, data.dataset(), e);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    /** KML colours are aabbggrr. */
    static String kmlColor(String rgb, int alpha) {
        String r = rgb.substring(1, 3), g = rgb.substring(3, 5), b = rgb.substring(5, 7);
        return String.format(Locale.ROOT, "%02x", alpha) + (b + g + r).toLowerCase(Locale.ROOT);
    }

    private static void style(XMLStreamWriter x, Faction f) throws XMLStreamException {
        x.writeStartElement("Style");
        x.writeAttribute("id", "f-" + f.id());
        x.writeStartElement("LineStyle");
        text(x, "color", kmlColor(f.color(), 0xcc));
        text(x, "width", "1");
        x.writeEndElement();
        x.writeStartElement("PolyStyle");
        text(x, "color", kmlColor(f.color(), 0x88));
        x.writeEndElement();
        x.writeStartElement("IconStyle");
        text(x, "color", kmlColor(f.color(), 0xff));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void legend(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("ScreenOverlay");
        text(x, "name", "Legend");
        x.writeStartElement("Icon");
        text(x, "href", LEGEND);
        x.writeEndElement();
        xy(x, "overlayXY", 0, 1);
        xy(x, "screenXY", 0.01, 0.98);
        xy(x, "size", 0, 0);
        x.writeEndElement();
    }

    private static void xy(XMLStreamWriter x, String name, double vx, double vy) throws XMLStreamException {
        x.writeEmptyElement(name);
        x.writeAttribute("x", Double.toString(vx));
        x.writeAttribute("y", Double.toString(vy));
        x.writeAttribute("xunits", "fraction");
        x.writeAttribute("yunits", "fraction");
    }

    private static void zone(XMLStreamWriter x, DatedSnapshot s, Zone z) throws XMLStreamException {
        x.writeStartElement("Placemark");
        String holder = z.faction() == null ? "no data" : z.faction();
        text(x, "name", holder + (z.contestedBy() == null ? "" : " (contested by " + z.contestedBy() + ")"));
        x.writeStartElement("TimeSpan");
        text(x, "begin", s.validFrom().toString());
        if (s.validTo() != null) text(x, "end", s.validTo().toString());
        x.writeEndElement();
        if (z.faction() != null) text(x, "styleUrl", "#f-" + z.faction());
        x.writeStartElement("ExtendedData");
        data(x, "faction", z.faction());
        data(x, "contested_by", z.contestedBy());
        data(x, "status", z.status().name().toLowerCase(Locale.ROOT));
        data(x, "valid_from", s.validFrom().toString());
        data(x, "valid_to", s.validTo() == null ? null : s.validTo().toString());
        data(x, "area_km2", String.format(Locale.ROOT, "%.2f", z.areaKm2()));
        x.writeEndElement();
        Geometry g = z.geometry();
        x.writeStartElement("MultiGeometry");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polygon(x, p);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void polygon(XMLStreamWriter x, Polygon p) throws XMLStreamException {
        x.writeStartElement("Polygon");
        x.writeStartElement("outerBoundaryIs");
        ring(x, p.getExteriorRing());
        x.writeEndElement();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            x.writeStartElement("innerBoundaryIs");
            ring(x, p.getInteriorRingN(i));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void ring(XMLStreamWriter x, LineString ring) throws XMLStreamException {
        x.writeStartElement("LinearRing");
        StringBuilder b = new StringBuilder();
        for (Coordinate c : ring.getCoordinates()) {
            b.append(Math.round(c.x * 1e6) / 1e6).append(',').append(Math.round(c.y * 1e6) / 1e6).append(' ');
        }
        text(x, "coordinates", b.toString().strip());
        x.writeEndElement();
    }

    private static void event(XMLStreamWriter x, Dataset d, Event e) throws XMLStreamException {
        GeoPoint at = d.position(e).orElse(null);
        if (at == null) return;
        x.writeStartElement("Placemark");
        x.writeAttribute("id", e.id());
        text(x, "name", e.title());
        StringBuilder description = new StringBuilder(e.summary());
        for (Citation c : e.citations()) {
            d.source(c.sourceId()).ifPresent(s -> description.append("\n").append(s.outlet())
                    .append(s.title().isEmpty() ? "" : ": " + s.title()).append(" ").append(s.url()));
        }
        text(x, "description", description.toString().strip());
        x.writeStartElement("TimeStamp");
        text(x, "when", e.when().instant().toString());
        x.writeEndElement();
        if (!e.actors().isEmpty()) text(x, "styleUrl", "#f-" + e.actors().get(0));
        x.writeStartElement("ExtendedData");
        data(x, "id", e.id());
        data(x, "date", e.when().date().toString());
        data(x, "type", e.type().name().toLowerCase(Locale.ROOT));
        data(x, "actors", String.join("|", e.actors()));
        data(x, "fatalities", e.fatalities() == null ? null : e.fatalities().toString());
        data(x, "sources", String.join("|", e.citations().stream().map(Citation::sourceId).toList()));
        // The first report, in the property names the KML import reads back.
        var first = d.source(e.citations().get(0).sourceId());
        data(x, "url", first.map(s -> s.url()).orElse(null));
        data(x, "outlet", first.map(s -> s.outlet()).orElse(null));
        data(x, "source_title", first.map(s -> s.title()).filter(t -> !t.isEmpty()).orElse(null));
        data(x, "published", first.map(s -> s.published()).filter(t -> !t.isEmpty()).orElse(null));
        data(x, "excerpt", e.citations().get(0).excerpt().isEmpty() ? null : e.citations().get(0).excerpt());
        x.writeEndElement();
        x.writeStartElement("Point");
        text(x, "coordinates", String.format(Locale.ROOT, "%.6f,%.6f", at.lon(), at.lat()));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        if (value == null) return;
        x.writeStartElement("Data");
        x.writeAttribute("name", name);
        text(x, "value", value);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    static String instant(Instant i) {
        return i.toString();
    }
}
