package org.sitmap.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.basemap.OfflineTileSource;
import org.sitmap.basemap.TileStyle;
import org.sitmap.domain.Source;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.geo.ZoneStatus;

/**
 * The text around a map: the title with the date, the legend (km² per faction), and the footer with the sources
 * behind the zones, the base-map attribution and the provenance. Sizes scale with the image. One use per drawing.
 */
final class MapFurniture {
    /** The footer's pointer to the full list, written beside the image. */
    static final String SOURCES_FILE = "sources.csv";
    private final Graphics2D g;
    private final RenderOptions options;
    private final Palette palette;
    private final Provenance provenance;
    private final float u;
    private final Color ink, panel, muted;

    MapFurniture(Graphics2D g, RenderOptions options, Palette palette, Provenance provenance) {
        this.g = g;
        this.options = options;
        this.palette = palette;
        this.provenance = provenance;
        this.u = MapRenderer.unit(options);
        boolean dark = options.style() == TileStyle.DARK;
        ink = dark ? new Color(0xEEEEEE) : new Color(0x1E1E1E);
        muted = dark ? new Color(0xB0B0B0) : new Color(0x555555);
        panel = dark ? new Color(24, 26, 29, 220) : new Color(255, 255, 255, 225);
    }

    float unit() {
        return u;
    }

    Color ink() {
        return ink;
    }

    Color muted() {
        return muted;
    }

    Color panel() {
        return panel;
    }

    /** Top left: what the map shows, and the date, large. */
    void title(String date) {
        String heading = "Northern Syria: who controls what";
        double w = Math.max(Text.width(g, heading, 20 * u, false), Text.width(g, date, 40 * u, true)) + 32 * u;
        box(20 * u, 20 * u, w, 100 * u);
        Text.draw(g, heading, 36 * u, 50 * u, 20 * u, false, muted);
        Text.draw(g, date, 36 * u, 98 * u, 40 * u, true, ink);
    }

    /** Top right: one row per faction holding ground (colour, name, km²), then the contested share. */
    void legend(ZoneSnapshot snapshot) {
        Map<String, Double> held = new LinkedHashMap<>();
        snapshot.areaByFaction().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> held.put(e.getKey(), e.getValue()));
        double contested = snapshot.zones().stream().filter(z -> z.status() == ZoneStatus.CONTESTED)
                .mapToDouble(Zone::areaKm2).sum();
        float size = 17 * u, row = 28 * u;
        boolean ar = options.arabic();
        List<String[]> rows = new ArrayList<>();
        held.forEach((f, km2) -> rows.add(new String[] {f, palette.name(f, ar), Text.km2(km2)}));
        if (contested > 0) rows.add(new String[] {null, "contested (counted for its holder)", Text.km2(contested)});
        String heading = "Area held in the mapped area";
        double nameW = rows.stream().mapToDouble(r -> Text.width(g, r[1], size, false)).max().orElse(0);
        double numW = rows.stream().mapToDouble(r -> Text.width(g, r[2], size, false)).max().orElse(0);
        double w = Math.max(Text.width(g, heading, size, true), 30 * u + nameW + 20 * u + numW) + 32 * u;
        double h = 54 * u + rows.size() * row;
        double x = options.width() - 20 * u - w, y = 20 * u;
        box(x, y, w, h);
        Text.draw(g, heading, x + 16 * u, y + 32 * u, size, true, ink);
        double ry = y + 44 * u;
        for (String[] r : rows) {
            Rectangle2D swatch = new Rectangle2D.Double(x + 16 * u, ry + 4 * u, 22 * u, 18 * u);
            if (r[0] != null) {
                g.setColor(Palette.withAlpha(palette.colour(r[0]), 0.75));
                g.fill(swatch);
            } else {
                g.setColor(new Color(0xDDDDDD));
                g.fill(swatch);
                ZonePainter.hatch(g, swatch, new Color(0x444444), u * 0.6f);
            }
            g.setColor(muted);
            g.draw(swatch);
            Text.draw(g, r[1], x + 46 * u, ry + 19 * u, size, false, ink);
            Text.drawRight(g, r[2], x + w - 16 * u, ry + 19 * u, size, false, ink);
            ry += row;
        }
    }

    /**
     * The bottom band: the sources behind the zones (outlet and date, latest by the map's date first, as many as fit on two lines,
     * then "and N more: see sources.csv"), the base-map attribution and the provenance.
     */
    Citations footer(List<Source> behind) {
        float size = 15 * u;
        double pad = 16 * u, line = 22 * u, h = 3 * line + 18 * u;
        double top = options.height() - h;
        g.setColor(panel);
        g.fill(new Rectangle2D.Double(0, top, options.width(), h));
        List<Source> shown = new ArrayList<>();
        List<String> lines = sourceLines(behind, shown, options.width() - 2 * pad, size);
        double y = top + 6 * u + line * 0.85;
        for (String l : lines) {
            Text.draw(g, l, pad, y, size, false, ink);
            y += line;
        }
        y = top + 6 * u + line * 2.85;
        Text.draw(g, OfflineTileSource.ATTRIBUTION, pad, y, size * 0.9f, false, muted);
        Text.drawRight(g, provenance.line() + "  ·  zones are a sketch: control of places, not surveyed front lines",
                options.width() - pad, y, size * 0.9f, false, muted);
        return new Citations(behind, shown);
    }

    /** Up to two lines naming the newest sources; fills {@code shown} with those named. */
    private List<String> sourceLines(List<Source> behind, List<Source> shown, double width, float size) {
        if (behind.isEmpty()) return List.of("Sources: none (no sourced zone in view)");
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder("Sources behind the zones shown, latest by this date first: ");
        int i = 0;
        while (i < behind.size()) {
            String item = Citations.label(behind.get(i)) + (i == behind.size() - 1 ? "" : ";");
            int remaining = behind.size() - i - 1;
            String tail = lines.size() == 1 && remaining > 0 ? " and " + remaining + " more: see " + SOURCES_FILE : "";
            String candidate = current + (current.length() == 0 || current.toString().endsWith(": ") ? "" : " ") + item;
            if (Text.width(g, candidate + tail, size, false) <= width) {
                current = new StringBuilder(candidate);
                shown.add(behind.get(i));
                i++;
                continue;
            }
            if (lines.isEmpty()) { // start the second line
                lines.add(current.toString());
                current = new StringBuilder();
                continue;
            }
            break;
        }
        int more = behind.size() - shown.size();
        String last = current.toString();
        if (more > 0) last = (last.endsWith(";") ? last.substring(0, last.length() - 1) : last) + " and " + more
                + " more: see " + SOURCES_FILE;
        lines.add(last);
        return lines;
    }

    void box(double x, double y, double w, double h) {
        g.setColor(panel);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 12 * u, 12 * u));
    }
}
