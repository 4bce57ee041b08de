package org.sitmap.interop.kml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.Geometries;
import org.sitmap.interop.FeatureRecord;
import org.sitmap.interop.FeatureRows;
import org.sitmap.interop.ImportException;
import org.sitmap.interop.ImportReport;
import org.sitmap.interop.Importer;
import org.sitmap.io.DataProblem;
import org.sitmap.store.StoreException;
import org.sitmap.store.UserRowsWriter;
import org.sitmap.task.TaskRunner;

/**
 * Streams the placemarks of a KML file, or of the first {@code .kml} inside a KMZ (Google Earth, Google My Maps),
 * with StAX: DTDs and external entities are off. Elements are matched by local name, so KML with or without a
 * namespace prefix reads the same. A placemark's name, description, {@code TimeStamp}, {@code TimeSpan} and
 * {@code ExtendedData} become its properties; its folder names its layer. See {@link FeatureRows} for what is kept.
 */
public final class KmlImporter implements Importer {
    @Override
    public ImportReport read(Path file, Dataset current, UserRowsWriter target, TaskRunner.Progress progress)
            throws ImportException, IOException, StoreException {
        String name = file.getFileName().toString();
        boolean kmz = name.toLowerCase(Locale.ROOT).endsWith(".kmz");
        String stem = FeatureRows.slug(name.replaceFirst("(?i)\\.km[lz]$", ""));
        ImportReport report = new ImportReport(name);
        if (Files.size(file) == 0) throw new ImportException(new DataProblem(name, 1, "the file is empty"));
        FeatureRows rows = new FeatureRows("u.kml." + stem, name, stem, current, target, report);
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            String where = name;
            if (kmz) {
                KmzDocument.Opened doc = KmzDocument.open(name, raw);
                where = doc.where();
                in = doc.document();
            }
            parse(where, new org.sitmap.io.Utf8LineReader(in), rows, progress);
        }
        return report;
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private void parse(String file, Reader reader, FeatureRows rows, TaskRunner.Progress progress)
            throws ImportException, StoreException {
        XMLStreamReader x = null;
        try {
            x = secureFactory().createXMLStreamReader(reader);
            Deque<String> folders = new ArrayDeque<>();
            boolean sawKml = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = x.getLocalName();
                    if (el.equals("kml")) sawKml = true;
                    else if (el.equals("Folder")) folders.push("");
                    else if (el.equals("name") && !folders.isEmpty() && folders.peek().isEmpty()) {
                        folders.pop();
                        folders.push(x.getElementText().strip());
                    } else if (el.equals("Placemark")) {
                        if (progress.isCancelled()) throw new CancellationException("import of " + file + " cancelled");
                        rows.add(placemark(file, x, folders.isEmpty() || folders.peek().isEmpty() ? null : folders.peek()));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Folder")) {
                    folders.pop();
                }
            }
            if (!sawKml) throw new ImportException(new DataProblem(file, 1, "not a KML document (no <kml> element)"));
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause instanceof org.sitmap.io.Utf8LineReader.BadLineException bad) {
                throw new ImportException(new DataProblem(file, bad.line(), bad.getMessage()));
            }
            if (cause instanceof KmzDocument.BombException bomb) {
                throw new ImportException(new DataProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                        bomb.getMessage().substring(bomb.getMessage().indexOf(": ") + 2)));
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String msg = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new ImportException(new DataProblem(file, line, "not valid XML: " + msg));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader of a file already read or failed
                }
            }
        }
    }

    private static FeatureRecord placemark(String file, XMLStreamReader x, String folder)
            throws XMLStreamException, ImportException {
        long line = x.getLocation().getLineNumber();
        String id = x.getAttributeValue(null, "id");
        Map<String, String> props = new HashMap<>();
        List<Geometry> parts = new ArrayList<>();
        String dataName = null;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            switch (x.getLocalName()) {
                case "name", "description", "when", "begin", "end" -> {
                    props.putIfAbsent(x.getLocalName(), x.getElementText().strip());
                    depth--;
                }
                case "Data" -> dataName = x.getAttributeValue(null, "name");
                case "SimpleData" -> {
                    String n = x.getAttributeValue(null, "name");
                    String v = x.getElementText().strip();
                    if (n != null) props.put(n, v);
                    depth--;
                }
                case "value" -> {
                    String v = x.getElementText().strip();
                    if (dataName != null) props.put(dataName, v);
                    depth--;
                }
                case "Point" -> {
                    List<Coordinate> cs = coordinates(file, x, "Point");
                    depth--;
                    if (cs.size() != 1) throw new ImportException(new DataProblem(file, line, "a Point needs one position"));
                    parts.add(Geometries.FACTORY.createPoint(cs.get(0)));
                }
                case "Polygon" -> {
                    parts.add(polygon(file, x));
                    depth--;
                }
                default -> { }
            }
        }
        Geometry g = null;
        if (parts.size() == 1) g = parts.get(0);
        else if (!parts.isEmpty() && parts.stream().allMatch(p -> p instanceof Polygon)) {
            g = Geometries.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        } else if (!parts.isEmpty()) g = Geometries.FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
        return new FeatureRecord(line, id, folder, props, g);
    }

    /** Reads a Polygon element up to its end: outer ring, then inner rings, each checked closed. */
    private static Polygon polygon(String file, XMLStreamReader x) throws XMLStreamException, ImportException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        boolean inner = false;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String el = x.getLocalName();
                if (el.equals("innerBoundaryIs")) inner = true;
                else if (el.equals("outerBoundaryIs")) inner = false;
                else if (el.equals("coordinates")) {
                    long line = x.getLocation().getLineNumber();
                    List<Coordinate> cs = parse(file, line, x.getElementText());
                    depth--;
                    if (cs.size() < 4) throw new ImportException(new DataProblem(file, line, "a polygon ring needs at least 4 positions, has " + cs.size()));
                    if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                        throw new ImportException(new DataProblem(file, line, "polygon ring is not closed: it starts at "
                                + cs.get(0).x + "," + cs.get(0).y + " and ends at " + cs.get(cs.size() - 1).x + "," + cs.get(cs.size() - 1).y));
                    }
                    LinearRing ring = Geometries.FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
                    if (inner) holes.add(ring);
                    else shell = ring;
                }
            }
        }
        if (shell == null) throw new ImportException(new DataProblem(file, x.getLocation().getLineNumber(), "a Polygon without an outer ring"));
        return Geometries.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static List<Coordinate> coordinates(String file, XMLStreamReader x, String element) throws XMLStreamException, ImportException {
        List<Coordinate> out = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("coordinates")) {
                    out.addAll(parse(file, x.getLocation().getLineNumber(), x.getElementText()));
                    depth--;
                }
            }
        }
        return out;
    }

    /** KML coordinates: "lon,lat[,alt]" tuples separated by white space. */
    static List<Coordinate> parse(String file, long line, String text) throws ImportException {
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : text.strip().split("\\s+")) {
            if (tuple.isEmpty()) continue;
            String[] p = tuple.split(",");
            try {
                double lon = Double.parseDouble(p[0]), lat = Double.parseDouble(p[1]);
                if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                    throw new ImportException(new DataProblem(file, line, "coordinates " + lon + "," + lat + " (lon,lat) are out of range"));
                }
                out.add(new Coordinate(lon, lat));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ImportException(new DataProblem(file, line, "'" + tuple + "' is not a lon,lat position"));
            }
        }
        return out;
    }
}
