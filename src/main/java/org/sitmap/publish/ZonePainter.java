package org.sitmap.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.geo.Zone;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.geo.ZoneStatus;

/**
 * Draws control zones in vector form (so SVG and PDF keep them as paths): a translucent fill per holder, diagonal
 * stripes in the attacker's colour for contested zones, nothing for "no data", and a haloed border. Stateless.
 */
final class ZonePainter {
    /** Opacity of a zone's fill over the base map: the base map's places and rivers stay readable. */
    static final double FILL_OPACITY = 0.45;

    private ZonePainter() {
    }

    static void paint(Graphics2D g, ZoneSnapshot snapshot, MapView view, Palette palette, float unit) {
        ShapeWriter writer = new ShapeWriter(view.pixels());
        // Decimation is in the source units (degrees): drop vertices closer than about half a pixel.
        writer.setDecimation(0.5 * view.resolution() / 111_320.0 * Math.cos(Math.toRadians(36)));
        Envelope visible = view.lonLatBounds();
        List<Zone> zones = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (Zone z : snapshot.zones()) {
            if (z.status() == ZoneStatus.NO_DATA || !z.geometry().getEnvelopeInternal().intersects(visible)) continue;
            zones.add(z);
            shapes.add(writer.toShape(z.geometry()));
        }
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            g.setColor(Palette.withAlpha(palette.colour(z.faction()), FILL_OPACITY));
            g.fill(shapes.get(i));
            if (z.status() == ZoneStatus.CONTESTED) hatch(g, shapes.get(i), palette.colour(z.contestedBy()), unit);
        }
        // Borders after all fills, so a neighbour's fill never covers a front line.
        BasicStroke halo = new BasicStroke(3.2f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke line = new BasicStroke(1.4f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int i = 0; i < zones.size(); i++) {
            g.setColor(new Color(255, 255, 255, 204));
            g.setStroke(halo);
            g.draw(shapes.get(i));
            g.setColor(Palette.darker(palette.colour(zones.get(i).faction()), 0.55f));
            g.setStroke(line);
            g.draw(shapes.get(i));
        }
    }

    /** Diagonal stripes in {@code colour} inside {@code area}. */
    static void hatch(Graphics2D g, Shape area, Color colour, float unit) {
        Shape oldClip = g.getClip();
        g.clip(area);
        Rectangle2D b = area.getBounds2D();
        g.setColor(Palette.withAlpha(colour, 0.85));
        g.setStroke(new BasicStroke(3f * unit));
        double spacing = 10 * unit, h = b.getHeight();
        for (double x = b.getMinX() - h; x < b.getMaxX(); x += spacing) {
            g.draw(new Line2D.Double(x, b.getMaxY(), x + h, b.getMinY()));
        }
        g.setClip(oldClip);
    }
}
