package org.sitmap.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMapData.Layer;

/**
 * Draws 256-pixel Web Mercator tiles of the offline base map with Java2D: land and sea, Syria, the occupied
 * Golan, lakes, rivers, coast, schematic roads, borders, and collision-free labels. Thread-safe: each call draws
 * into its own image; label layouts are computed once per zoom and shared.
 */
public final class TileRenderer {
    /** Bump when drawing rules change: it is part of the cache key, so cached tiles are redrawn. */
    public static final int RENDERER_VERSION = 1;
    public static final int MIN_ZOOM = 5, MAX_ZOOM = 14;
    private static final int SIZE = WebMercator.TILE_SIZE;

    private final BaseMapData data;
    private final TileStyle style;
    private final LabelLanguage language;
    private final boolean syrianPlaces;
    private final ConcurrentHashMap<Integer, LabelLayout> layouts = new ConcurrentHashMap<>();

    /** A renderer that labels every place, Syrian ones included. */
    public TileRenderer(BaseMapData data, TileStyle style, LabelLanguage language) {
        this(data, style, language, true);
    }

    /**
     * @param syrianPlaces whether to label places inside Syria; the app turns this off while its own localities
     *                     layer labels them, so names are not shown twice
     */
    public TileRenderer(BaseMapData data, TileStyle style, LabelLanguage language, boolean syrianPlaces) {
        this.data = data;
        this.style = style;
        this.language = language;
        this.syrianPlaces = syrianPlaces;
    }

    /** Identifies what this renderer draws: style, labels (language, Syrian places), data and renderer versions. */
    public String cacheId() {
        return style.id() + "-" + language.name().toLowerCase(java.util.Locale.ROOT) + (syrianPlaces ? "" : "_nosyria")
                + "-d" + data.version() + "-r" + RENDERER_VERSION;
    }

    /** Renders the tile as a PNG. */
    public byte[] renderPng(TileKey key) {
        BufferedImage image = render(key);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // Fast deflate: the default level costs more time than the tile takes to draw.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Renders the tile into a new opaque image. Zooms outside 5..14 are drawn too, with the nearest zoom's rules. */
    public BufferedImage render(TileKey key) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            draw(g, key);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, TileKey key) {
        int z = key.zoom();
        double res = WebMercator.resolution(z);
        Envelope tile = WebMercator.tileEnvelope(key);
        Envelope query = new Envelope(tile);
        query.expandBy(8 * res);
        ShapeWriter shapes = new ShapeWriter((src, dest) -> dest.setLocation((src.x - tile.getMinX()) / res,
                (tile.getMaxY() - src.y) / res));
        shapes.setDecimation(0.4);

        g.setColor(style.sea());
        g.fillRect(0, 0, SIZE, SIZE);
        fill(g, shapes, Layer.LAND, query, style.land());
        fill(g, shapes, Layer.SYRIA, query, style.syria());
        hatch(g, shapes, key, query);
        fill(g, shapes, Layer.LAKES, query, style.lake());
        rivers(g, shapes, query, z);
        stroke(g, shapes, Layer.COAST, query, style.coast(), new BasicStroke(z >= 9 ? 1.0f : 0.7f));
        if (z >= 6) roads(g, shapes, query, z);
        borders(g, shapes, query, z);
        labels(g, key, z);
    }

    private void fill(Graphics2D g, ShapeWriter shapes, Layer layer, Envelope query, Color color) {
        g.setColor(color);
        for (BaseMapData.Shape s : data.query(layer, query)) g.fill(shapes.toShape(s.geometry()));
    }

    private void stroke(Graphics2D g, ShapeWriter shapes, Layer layer, Envelope query, Color color, BasicStroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        for (BaseMapData.Shape s : data.query(layer, query)) g.draw(shapes.toShape(s.geometry()));
    }

    /** The occupied Golan: Syria's fill with diagonal hatching aligned on the world pixel grid (seamless). */
    private void hatch(Graphics2D g, ShapeWriter shapes, TileKey key, Envelope query) {
        for (BaseMapData.Shape s : data.query(Layer.GOLAN, query)) {
            Shape area = shapes.toShape(s.geometry());
            Shape oldClip = g.getClip();
            g.clip(area);
            g.setColor(style.golanHatch());
            g.setStroke(new BasicStroke(1f));
            long originX = key.x() * SIZE, originY = key.y() * SIZE;
            int spacing = 7;
            long start = Math.floorMod(originX + originY, spacing);
            for (long d = -start; d < 2 * SIZE; d += spacing) g.draw(new Line2D.Double(d, 0, d - SIZE, SIZE));
            g.setClip(oldClip);
        }
    }

    private void rivers(Graphics2D g, ShapeWriter shapes, Envelope query, int z) {
        g.setColor(style.river());
        float zf = (float) Math.max(0.6, Math.min(2.4, 0.6 + (z - 5) * 0.22));
        for (BaseMapData.Shape s : data.query(Layer.RIVERS, query)) {
            int level = s.level();
            if ((level >= 4 && z < 8) || (level == 3 && z < 7)) continue;
            float w = switch (level) {
                case 1 -> 1.5f;
                case 2 -> 1.2f;
                case 3 -> 1.0f;
                default -> 0.7f;
            };
            if (!s.nameEn().isEmpty()) w += 0.5f;
            g.setStroke(new BasicStroke(w * zf, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shapes.toShape(s.geometry()));
        }
    }

    private void roads(Graphics2D g, ShapeWriter shapes, Envelope query, int z) {
        g.setColor(style.road());
        float w = z >= 9 ? 2.0f : 1.4f;
        // Dashed: the roads are schematic (straight lines between the towns they link), not surveyed.
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {7f, 4f}, 0f));
        for (BaseMapData.Shape s : data.query(Layer.ROADS, query)) g.draw(shapes.toShape(s.geometry()));
    }

    private void borders(Graphics2D g, ShapeWriter shapes, Envelope query, int z) {
        float w = z <= 6 ? 1.0f : z <= 9 ? 1.3f : 1.6f;
        BasicStroke halo = new BasicStroke(w + 2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke solid = new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke dashed = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {5f, 3f}, 0f);
        for (BaseMapData.Shape s : data.query(Layer.BORDERS, query)) {
            Shape line = shapes.toShape(s.geometry());
            boolean ceasefire = s.kind().equals("ceasefire");
            if (z >= 7 && !ceasefire) {
                g.setColor(new Color(style.borderHalo().getRed(), style.borderHalo().getGreen(),
                        style.borderHalo().getBlue(), 140));
                g.setStroke(halo);
                g.draw(line);
            }
            g.setColor(ceasefire ? style.ceasefire() : style.border());
            g.setStroke(ceasefire ? dashed : solid);
            g.draw(line);
        }
    }

    private void labels(Graphics2D g, TileKey key, int z) {
        LabelLayout layout = layouts.computeIfAbsent(z, zoom -> LabelLayout.build(data, zoom, language, syrianPlaces));
        double ox = key.x() * (double) SIZE, oy = key.y() * (double) SIZE;
        Rectangle2D area = new Rectangle2D.Double(ox - 2, oy - 2, SIZE + 4, SIZE + 4);
        BasicStroke haloStroke = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (LabelLayout.Placed p : layout.within(area)) {
            if (!Double.isNaN(p.dotX())) {
                Ellipse2D dot = new Ellipse2D.Double(p.dotX() - ox - p.dotRadius(), p.dotY() - oy - p.dotRadius(),
                        2 * p.dotRadius(), 2 * p.dotRadius());
                g.setColor(style.halo());
                g.setStroke(new BasicStroke(1.5f));
                g.draw(dot);
                g.setColor(style.dot());
                g.fill(dot);
            }
            Shape outline = AffineTransform.getTranslateInstance(p.x() - ox, p.y() - oy).createTransformedShape(p.outline());
            g.setColor(style.halo());
            g.setStroke(haloStroke);
            g.draw(outline);
            g.setColor(switch (p.kind()) {
                case COUNTRY -> style.countryText();
                case SEA, WATER -> style.waterText();
                case OCCUPIED -> style.minorText();
                case PLACE -> p.rank() <= 3 ? style.text() : style.minorText();
            });
            g.fill(outline);
        }
    }
}
