package org.sitmap.publish;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitmap.basemap.OfflineTileSource;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Source;
import org.sitmap.geo.ZoneEngine;

/**
 * Draws the frames of a replay in order: the map at each frame's instant with the date large, a progress strip of the
 * period, and a rolling citation line naming the reports behind each change as it appears. Collects every source it
 * cites, for the sources.csv beside the animation. Not thread-safe: one replay, frames in order.
 */
final class ReplayRenderer {
    /** How many change lines stay on screen. */
    static final int ROLLING_LINES = 3;
    private final MapRenderer renderer;
    private final ZoneEngine engine;
    private final ReplayFrames frames;
    private final RenderOptions options;
    private final MapView view;
    private final Deque<String> rolling = new ArrayDeque<>();
    private final Map<String, Source> cited = new LinkedHashMap<>();

    ReplayRenderer(MapRenderer renderer, ZoneEngine engine, ReplayFrames frames, RenderOptions options) {
        this.renderer = renderer;
        this.engine = engine;
        this.frames = frames;
        this.options = options;
        this.view = options.view();
    }

    /** Frame {@code i} as a new RGB image; call for 0, 1, 2... in order. */
    BufferedImage frame(int i) {
        Instant at = frames.at(i);
        List<ControlChange> fresh = renderer.zoneSources().changesBetween(frames.before(i), at);
        roll(fresh);
        BufferedImage image = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            var snapshot = engine.snapshotAt(at);
            renderer.drawMap(g, snapshot, at, options, view);
            MapFurniture furniture = new MapFurniture(g, options, renderer.palette(), renderer.provenance());
            furniture.title(frames.label(i));
            furniture.legend(snapshot);
            bottom(g, furniture, i);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Every source named by the rolling line so far, newest first. */
    List<Source> cited() {
        List<Source> out = new ArrayList<>(cited.values());
        out.sort(ZoneSources.NEWEST_FIRST);
        return out;
    }

    private void roll(List<ControlChange> fresh) {
        int shown = 0;
        for (ControlChange c : fresh) {
            List<Source> sources = c.citations().stream().map(Citation::sourceId).map(renderer.dataset()::source)
                    .flatMap(java.util.Optional::stream).toList();
            sources.forEach(s -> cited.putIfAbsent(s.id(), s));
            if (fresh.size() > ROLLING_LINES && shown == ROLLING_LINES - 1) continue;
            shown++;
            rolling.addLast(line(c, sources));
            while (rolling.size() > ROLLING_LINES) rolling.removeFirst();
        }
        if (fresh.size() > ROLLING_LINES) {
            rolling.addLast("and " + (fresh.size() - ROLLING_LINES + 1) + " more changes in this step: see sources.csv");
            while (rolling.size() > ROLLING_LINES) rolling.removeFirst();
        }
    }

    private String line(ControlChange c, List<Source> sources) {
        String place = renderer.dataset().locality(c.localityId()).map(l -> l.displayName(options.arabic()))
                .orElse(c.localityId());
        String what = switch (c.kind()) {
            case CONTESTED -> c.to() + " attacks " + c.from();
            case STATUS_QUO -> "held by " + c.to();
            default -> c.from() + " → " + c.to() + " (" + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        };
        return c.when().date() + " · " + place + ": " + what + " · "
                + sources.stream().map(Citations::label).collect(Collectors.joining(", "));
    }

    private void bottom(Graphics2D g, MapFurniture f, int i) {
        float u = f.unit(), size = 15 * u;
        double line = 22 * u, pad = 16 * u, strip = 10 * u;
        double h = (ROLLING_LINES + 1) * line + strip + 30 * u;
        double top = options.height() - h;
        g.setColor(f.panel());
        g.fill(new Rectangle2D.Double(0, top, options.width(), h));
        // progress strip of the period
        double sx = pad, sw = options.width() - 2 * pad, sy = top + 10 * u;
        g.setColor(new java.awt.Color(0xCCCCCC));
        g.fill(new Rectangle2D.Double(sx, sy, sw, strip));
        g.setColor(f.ink());
        g.fill(new Rectangle2D.Double(sx, sy, sw * frames.fraction(i), strip));
        double y = sy + strip + line;
        List<String> lines = new ArrayList<>(rolling);
        if (lines.isEmpty()) lines.add("No sourced control change yet in this replay.");
        for (int k = 0; k < lines.size(); k++) {
            String text = fit(g, lines.get(k), sw, size);
            Text.draw(g, text, pad, y, size, k == lines.size() - 1, k == lines.size() - 1 ? f.ink() : f.muted());
            y += line;
        }
        y = options.height() - 12 * u;
        Text.draw(g, OfflineTileSource.ATTRIBUTION, pad, y, size * 0.85f, false, f.muted());
        Text.drawRight(g, renderer.provenance().line(), options.width() - pad, y, size * 0.85f, false, f.muted());
    }

    /** {@code text} cut with an ellipsis to fit {@code width}. */
    private static String fit(Graphics2D g, String text, double width, float size) {
        if (Text.width(g, text, size, true) <= width) return text;
        int n = text.length();
        while (n > 10 && Text.width(g, text.substring(0, n) + "…", size, true) > width) n -= 4;
        return text.substring(0, n) + "…";
    }
}
