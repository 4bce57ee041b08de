package org.sitmap.basemap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Places the labels of one zoom level once for the whole map, most important first, skipping any that would
 * overlap one already placed. Placing globally (not per tile) means neighbouring tiles agree on every label, so
 * a label cut by a tile edge is finished by the next tile. Coordinates are world pixels at that zoom. Immutable.
 */
final class LabelLayout {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double PAD = 2.5;

    enum Kind { COUNTRY, SEA, WATER, OCCUPIED, PLACE }

    /**
     * A placed label: the glyph outline (shaped once, so rendering threads share no TextLayout) drawn with its
     * baseline origin at (x, y); {@code dotX} is NaN if it has no dot.
     */
    record Placed(Kind kind, int rank, java.awt.Shape outline, double x, double y, Rectangle2D box, double dotX,
            double dotY, double dotRadius) {
    }

    private final List<Placed> placed;

    private LabelLayout(List<Placed> placed) {
        this.placed = List.copyOf(placed);
    }

    List<Placed> placed() {
        return placed;
    }

    /** Labels whose box meets the rectangle (world pixels). */
    List<Placed> within(Rectangle2D area) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed) {
            if (p.box().intersects(area) || (!Double.isNaN(p.dotX()) && area.contains(p.dotX(), p.dotY()))) out.add(p);
        }
        return out;
    }

    static LabelLayout build(BaseMapData data, int zoom, LabelLanguage language, boolean syrianPlaces) {
        double res = WebMercator.resolution(zoom);
        List<Candidate> candidates = new ArrayList<>();
        for (BaseMapData.Label l : data.labels()) {
            if (zoom < l.minZoom() || zoom > l.maxZoom()) continue;
            Kind kind = switch (l.kind()) {
                case "country" -> Kind.COUNTRY;
                case "sea" -> Kind.SEA;
                case "occupied" -> Kind.OCCUPIED;
                default -> Kind.WATER;
            };
            int priority = switch (kind) {
                case COUNTRY -> 0;
                case SEA -> 1;
                case OCCUPIED -> 25;
                default -> 26;
            };
            candidates.add(new Candidate(kind, 0, priority, 0, language.pick(l.nameEn(), l.nameAr()), l.xy()));
        }
        for (BaseMapData.Place p : data.places()) {
            if (zoom < p.minZoom() || (!syrianPlaces && p.country().equals("SY"))) continue;
            // Syrian places before neighbours of the same rank: this is a map of Syria.
            int priority = p.rank() * 10 + (p.country().equals("SY") ? 0 : 5);
            candidates.add(new Candidate(Kind.PLACE, p.rank(), priority, -p.rank(), language.pick(p.nameEn(), p.nameAr()),
                    p.xy()));
        }
        candidates.sort(Comparator.comparingInt(Candidate::priority));
        boolean arabic = language == LabelLanguage.ARABIC;
        List<Placed> placed = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.text().isBlank()) continue;
            double px = (c.xy().x + WebMercator.HALF_WORLD) / res;
            double py = (WebMercator.HALF_WORLD - c.xy().y) / res;
            TextLayout text = new TextLayout(c.text(), font(c.kind(), c.rank(), zoom, arabic), FRC);
            Rectangle2D b = text.getBounds();
            double w = b.getWidth(), h = text.getAscent() + text.getDescent();
            if (c.kind() != Kind.PLACE) {
                double x = px - w / 2, y = py + text.getAscent() / 2;
                Rectangle2D box = new Rectangle2D.Double(x - PAD, y - text.getAscent() - PAD, w + 2 * PAD, h + 2 * PAD);
                if (free(box, taken)) {
                    taken.add(box);
                    placed.add(new Placed(c.kind(), c.rank(), text.getOutline(null), x - b.getX(), y, box, Double.NaN,
                            Double.NaN, 0));
                }
                continue;
            }
            double r = dotRadius(c.rank());
            Rectangle2D dot = new Rectangle2D.Double(px - r - 1, py - r - 1, 2 * r + 2, 2 * r + 2);
            if (!free(dot, taken)) continue;
            double gap = r + 3;
            double[][] offsets = {
                {gap, text.getAscent() / 2 - 1}, {-gap - w, text.getAscent() / 2 - 1},
                {-w / 2, -gap - text.getDescent()}, {-w / 2, gap + text.getAscent()}};
            if (arabic) { // right-to-left readers look to the left of the dot first
                double[] first = offsets[0];
                offsets[0] = offsets[1];
                offsets[1] = first;
            }
            for (double[] o : offsets) {
                double x = px + o[0], y = py + o[1];
                Rectangle2D box = new Rectangle2D.Double(x - PAD, y - text.getAscent() - PAD, w + 2 * PAD, h + 2 * PAD);
                if (free(box, taken)) {
                    taken.add(box);
                    taken.add(dot);
                    placed.add(new Placed(c.kind(), c.rank(), text.getOutline(null), x - b.getX(), y, box, px, py, r));
                    break;
                }
            }
        }
        return new LabelLayout(placed);
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D t : taken) if (t.intersects(box)) return false;
        return true;
    }

    static double dotRadius(int rank) {
        return switch (rank) {
            case 1 -> 3.6;
            case 2 -> 3.0;
            case 3 -> 2.5;
            default -> 2.0;
        };
    }

    static Font font(Kind kind, int rank, int zoom, boolean arabic) {
        float extra = arabic ? 1f : 0f;
        return switch (kind) {
            case COUNTRY -> Fonts.regular((zoom <= 5 ? 13f : 15f) + extra);
            case SEA, WATER -> Fonts.italic(11.5f + extra);
            case OCCUPIED -> Fonts.italic(11f + extra);
            case PLACE -> switch (rank) {
                case 1 -> Fonts.bold(14.5f + extra);
                case 2 -> Fonts.bold(12.5f + extra);
                case 3 -> Fonts.regular(12f + extra);
                case 4 -> Fonts.regular(11f + extra);
                default -> Fonts.regular(10.5f + extra);
            };
        };
    }

    private record Candidate(Kind kind, int rank, int priority, int tieBreak, String text, Coordinate xy) {
    }
}
