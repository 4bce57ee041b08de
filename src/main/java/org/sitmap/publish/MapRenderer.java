package org.sitmap.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.basemap.TileStyle;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.geo.ZoneSnapshot;

/**
 * Draws a map of the situation at one instant onto any {@link Graphics2D} (an image, an SVG, a PDF page), with no
 * JavaFX: the offline base map, the zones (contested hatched), the event markers of the chosen window, the date, the
 * legend with km² per faction, the base-map attribution and a footer naming the sources behind the zones shown.
 * Thread-safe; keeps the last base map drawn so a series of frames of one view draws it once.
 */
public final class MapRenderer {
    private final Dataset dataset;
    private final BaseMapImage baseMap;
    private final Palette palette;
    private final ZoneSources sources;
    private final Provenance provenance;

    public MapRenderer(Dataset dataset, BaseMapData baseMap, Provenance provenance) {
        this.dataset = dataset;
        this.baseMap = new BaseMapImage(baseMap);
        this.palette = new Palette(dataset);
        this.sources = new ZoneSources(dataset);
        this.provenance = provenance;
    }

    public Provenance provenance() {
        return provenance;
    }

    Dataset dataset() {
        return dataset;
    }

    ZoneSources zoneSources() {
        return sources;
    }

    Palette palette() {
        return palette;
    }

    /** The map at the snapshot's own instant, as a new RGB image. */
    public BufferedImage render(ZoneSnapshot snapshot, RenderOptions options) {
        return render(snapshot, snapshot.at(), options).image();
    }

    /** The map at {@code at} (whose zones are {@code snapshot}) as a new RGB image, with the sources it cites. */
    public RenderedMap render(ZoneSnapshot snapshot, Instant at, RenderOptions options) {
        BufferedImage image = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Citations cited = draw(g, snapshot, at, options);
            return new RenderedMap(image, cited);
        } finally {
            g.dispose();
        }
    }

    /** Draws the whole map into {@code g}, whose user space is {@code options}' pixels; returns what it cites. */
    public Citations draw(Graphics2D g, ZoneSnapshot snapshot, Instant at, RenderOptions options) {
        MapView view = options.view();
        drawMap(g, snapshot, at, options, view);
        MapFurniture furniture = new MapFurniture(g, options, palette, provenance);
        furniture.title(Text.date(at));
        furniture.legend(snapshot);
        List<org.sitmap.domain.Source> behind = sources.behind(snapshot, at, view.lonLatBounds());
        return furniture.footer(behind);
    }

    /** The base map, zones and event markers, without furniture. */
    void drawMap(Graphics2D g, ZoneSnapshot snapshot, Instant at, RenderOptions options, MapView view) {
        hints(g);
        g.drawImage(baseMap.image(view, options.style(), options.language()), 0, 0, null);
        float unit = unit(options);
        ZonePainter.paint(g, snapshot, view, palette, unit);
        events(g, at, options, view, unit);
    }

    /** The base map alone, as drawn under the zones (for tests and previews). */
    BufferedImage baseMap(RenderOptions options) {
        return baseMap.image(options.view(), options.style(), options.language());
    }

    /** The scale of furniture and strokes: 1 at 1080 pixels high. */
    static float unit(RenderOptions options) {
        return Math.max(0.5f, Math.min(options.width() / 1920f, options.height() / 1080f) * 1.0f);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private void events(Graphics2D g, Instant at, RenderOptions options, MapView view, float unit) {
        if (options.eventWindow().isZero() || at.equals(Instant.MIN)) return;
        Instant from = at.minus(options.eventWindow());
        double r = 5.5 * unit;
        Color ring = options.style() == TileStyle.DARK ? new Color(20, 20, 20) : Color.WHITE;
        for (Event e : dataset.events()) {
            Instant when = e.when().instant();
            if (!when.isAfter(from) || when.isAfter(at)) continue;
            GeoPoint p = dataset.position(e).orElse(null);
            if (p == null) continue;
            double x = view.px(p.lon()), y = view.py(p.lat());
            if (x < -r || y < -r || x > view.width() + r || y > view.height() + r) continue;
            Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(e.actors().isEmpty() ? new Color(60, 60, 60) : Palette.darker(palette.colour(e.actors().get(0)), 0.8f));
            g.fill(dot);
            g.setColor(ring);
            g.setStroke(new BasicStroke(1.6f * unit));
            g.draw(dot);
        }
    }
}
