package org.sitmap.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.task.TaskRunner;

/**
 * A printable PDF about one place: maps of its area at the key dates of its control history, that history as a
 * table (date, from, to, confidence, sources), every event within a radius, and the full citations with URLs and
 * the quoted excerpts. Fonts are the shipped Noto, embedded; Arabic is shaped and laid right to left. The document
 * information names the software and dataset versions. Stateless.
 */
public final class DossierWriter {
    private static final float BODY = 9.5f, SMALL = 8f;
    private static final int MAPS = 4;

    private DossierWriter() {
    }

    /** Writes the dossier of {@code place} with the events within {@code radiusKm} to {@code out}. */
    public static void write(MapRenderer renderer, ZoneEngine engine, Locality place, double radiusKm, Path out,
            TaskRunner.Progress progress) throws IOException {
        if (!(radiusKm > 0)) throw new IllegalArgumentException("the radius must be positive, was " + radiusKm);
        Dataset d = renderer.dataset();
        List<ControlChange> history = d.changes().stream().filter(c -> c.localityId().equals(place.id())).toList();
        List<Event> events = d.events().stream().filter(e -> d.position(e)
                .map(p -> p.distanceKm(place.point()) <= radiusKm).orElse(false)).toList();
        Map<String, List<String>> excerpts = new LinkedHashMap<>();
        history.forEach(c -> c.citations().forEach(cit -> quote(excerpts, cit)));
        events.forEach(e -> e.citations().forEach(cit -> quote(excerpts, cit)));

        MapFiles.createParent(out);
        try (PDDocument doc = new PDDocument()) {
            info(doc, place, renderer.provenance());
            PdfText text = new PdfText(doc);
            try (PdfFlow flow = new PdfFlow(doc, text)) {
                flow.heading("Area dossier: " + place.nameEn(), 20);
                if (!place.nameAr().isEmpty()) flow.paragraph(place.nameAr(), 18, Color.BLACK);
                flow.paragraph(String.format(Locale.ROOT, "%s, %s governorate. %.4f N, %.4f E (%s%s).",
                        kind(place), place.governorate().isEmpty() ? "unknown" : place.governorate(),
                        place.point().lat(), place.point().lon(), place.coordSource().name().toLowerCase(Locale.ROOT),
                        place.coordErrorKm() > 0 ? String.format(Locale.ROOT, ", ±%.1f km", place.coordErrorKm()) : ""),
                        BODY, Color.DARK_GRAY);
                flow.paragraph(renderer.provenance().line() + ". Zones are a sketch: control of places, not surveyed "
                        + "front lines. Dates are Syria's time (UTC+3); a date alone means the end of that day.",
                        SMALL, Color.GRAY);

                flow.heading("The area at key dates", 13);
                maps(flow, renderer, engine, place, history, radiusKm, progress);

                flow.heading("Control history", 13);
                float[] cols = {0.13f, 0.09f, 0.09f, 0.16f, 0.11f, 0.42f};
                flow.row(new String[] {"date", "from", "to", "kind", "confidence", "sources"}, cols, SMALL, true);
                for (ControlChange c : history) {
                    flow.row(new String[] {c.when().toString(), c.from() == null ? "—" : c.from(), c.to(),
                            kind(c), c.confidence().name().toLowerCase(Locale.ROOT), sources(d, c.citations())},
                            cols, SMALL, false);
                }
                if (history.isEmpty()) flow.paragraph("No control change is recorded for this place.", BODY, Color.DARK_GRAY);

                flow.heading(String.format(Locale.ROOT, "Events within %.0f km (%d)", radiusKm, events.size()), 13);
                float[] ecols = {0.13f, 0.12f, 0.40f, 0.07f, 0.28f};
                flow.row(new String[] {"date", "type", "what", "km", "sources"}, ecols, SMALL, true);
                for (Event e : events) {
                    GeoPoint p = d.position(e).orElseThrow();
                    flow.row(new String[] {e.when().toString(), e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                            e.title(), String.format(Locale.ROOT, "%.1f", p.distanceKm(place.point())),
                            sources(d, e.citations())}, ecols, SMALL, false);
                }

                flow.heading("Citations", 13);
                List<Source> cited = excerpts.keySet().stream().map(d::source).flatMap(java.util.Optional::stream)
                        .sorted(ZoneSources.NEWEST_FIRST).toList();
                for (Source s : cited) {
                    flow.paragraph("[" + s.id() + "] " + s.outlet() + (s.title().isEmpty() ? "" : ", “" + s.title() + "”")
                            + (s.published().isEmpty() ? "" : ", " + s.published()) + ". " + s.url()
                            + (s.seenOn().isEmpty() ? "" : " (read on " + s.seenOn() + ")"), SMALL, Color.BLACK);
                    for (String x : excerpts.get(s.id())) flow.paragraph("    “" + x + "”", SMALL, Color.DARK_GRAY);
                    flow.space(3);
                }
            }
            doc.save(out.toFile());
        }
    }

    private static void quote(Map<String, List<String>> excerpts, Citation c) {
        List<String> list = excerpts.computeIfAbsent(c.sourceId(), k -> new ArrayList<>());
        if (!c.excerpt().isEmpty() && !list.contains(c.excerpt())) list.add(c.excerpt());
    }

    private static void maps(PdfFlow flow, MapRenderer renderer, ZoneEngine engine, Locality place,
            List<ControlChange> history, double radiusKm, TaskRunner.Progress progress) throws IOException {
        List<Instant> dates = keyDates(history);
        double half = Math.max(radiusKm * 1.5, 8);
        double dLat = half / 111.0, dLon = half / (111.0 * Math.cos(Math.toRadians(place.point().lat())));
        Envelope box = new Envelope(place.point().lon() - dLon, place.point().lon() + dLon,
                place.point().lat() - dLat, place.point().lat() + dLat);
        RenderOptions options = RenderOptions.defaults().withSize(1200, 900).withBbox(box);
        float w = (flow.width() - 12) / 2;
        List<BufferedImage> row = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            Instant at = dates.get(i);
            RenderedMap map = renderer.render(engine.snapshotAt(at), at, options);
            mark(map.image(), options.view(), place.point());
            row.add(map.image());
            captions.add(Text.date(at) + ": " + (renderer.dataset().locality(place.id()).isPresent()
                    ? holderAt(history, at) : ""));
            progress.update(i + 1, dates.size() + 1, "map " + (i + 1));
            if (row.size() == 2 || i == dates.size() - 1) {
                flow.images(row, captions, w, SMALL);
                row.clear();
                captions.clear();
            }
        }
    }

    /** The status quo, then the dates of the latest used changes: at most {@link #MAPS} instants, ascending. */
    static List<Instant> keyDates(List<ControlChange> history) {
        List<Instant> used = history.stream().filter(ControlChange::used).map(c -> c.when().instant()).distinct()
                .sorted().collect(Collectors.toCollection(ArrayList::new));
        if (used.size() <= MAPS) return used;
        List<Instant> out = new ArrayList<>();
        out.add(used.get(0));
        out.addAll(used.subList(used.size() - (MAPS - 1), used.size()));
        return out;
    }

    private static String holderAt(List<ControlChange> history, Instant at) {
        ControlChange last = null;
        for (ControlChange c : history) if (c.used() && !c.when().instant().isAfter(at)) last = c;
        if (last == null) return "no data";
        var s = last.resultingState();
        return s.contestedBy() == null ? "held by " + s.holder() : s.holder() + ", contested by " + s.contestedBy();
    }

    /** A ring around the place, so the reader finds it on every map. */
    private static void mark(BufferedImage image, MapView view, GeoPoint p) {
        Graphics2D g = image.createGraphics();
        try {
            MapRenderer.hints(g);
            double x = view.px(p.lon()), y = view.py(p.lat()), r = 14;
            g.setStroke(new BasicStroke(5f));
            g.setColor(Color.WHITE);
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(Color.BLACK);
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        } finally {
            g.dispose();
        }
    }

    private static String kind(Locality l) {
        return l.kind().name().substring(0, 1) + l.kind().name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String kind(ControlChange c) {
        String k = c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return c.used() ? k : k + " (alternative claim, not used)";
    }

    private static String sources(Dataset d, List<Citation> citations) {
        return citations.stream().map(c -> d.source(c.sourceId()).map(s -> Citations.label(s) + " [" + s.id() + "]")
                .orElse("[" + c.sourceId() + "]")).distinct().collect(Collectors.joining("; "));
    }

    private static void info(PDDocument doc, Locality place, Provenance provenance) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Area dossier: " + place.nameEn() + (place.nameAr().isEmpty() ? "" : " (" + place.nameAr() + ")"));
        info.setAuthor("Sitmap");
        info.setSubject("Control history, events and sources around " + place.nameEn());
        info.setCreator(provenance.software());
        info.setProducer(provenance.software() + " with Apache PDFBox");
        info.setKeywords("dataset " + provenance.datasetVersion());
        info.setCustomMetadataValue("SitmapDataset", provenance.datasetVersion());
        info.setCustomMetadataValue("SitmapSoftware", provenance.software());
        info.setCreationDate(Calendar.getInstance());
    }

}
