package org.sitmap.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.sitmap.domain.Dataset;

/**
 * Draws the area-over-time chart onto any {@link Graphics2D}: km² held per faction as stacked areas in the factions'
 * colours (contested land stacked apart, hatched), the events per day as a histogram under it, dates along the
 * bottom. No JavaFX; the GUI shows the same drawing and maps clicks to days with {@link #dateAt}. Immutable.
 */
public final class AreaChart {
    private final AreaSeries series;
    private final Palette palette;
    private final Provenance provenance;
    private final int width, height;
    private final float u;
    private final Rectangle2D plot, histogram;
    private final double maxKm2;
    private final int maxEvents;

    public AreaChart(AreaSeries series, Dataset dataset, Provenance provenance, int width, int height) {
        if (series.days().isEmpty()) throw new IllegalArgumentException("no days to chart");
        this.series = series;
        this.palette = new Palette(dataset);
        this.provenance = provenance;
        this.width = width;
        this.height = height;
        this.u = Math.max(0.5f, Math.min(width / 1600f, height / 900f));
        double left = 96 * u, right = width - 290 * u, top = 70 * u, bottom = height - 60 * u;
        double histH = (bottom - top) * 0.2;
        plot = new Rectangle2D.Double(left, top, right - left, bottom - top - histH - 24 * u);
        histogram = new Rectangle2D.Double(left, bottom - histH, right - left, histH);
        maxKm2 = niceCeiling(series.days().stream().mapToDouble(d -> d.heldKm2().values().stream()
                .mapToDouble(Double::doubleValue).sum()).max().orElse(1));
        maxEvents = Math.max(1, series.days().stream().mapToInt(AreaSeries.Day::events).max().orElse(1));
    }

    /** The chart as a new RGB image. */
    public BufferedImage render() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The day under horizontal pixel {@code x}, or null outside the plot. */
    public LocalDate dateAt(double x) {
        if (x < plot.getMinX() - 1 || x > plot.getMaxX() + 1) return null;
        int n = series.days().size();
        int i = (int) Math.round((x - plot.getMinX()) / plot.getWidth() * Math.max(1, n - 1));
        return series.days().get(Math.max(0, Math.min(n - 1, i))).date();
    }

    /** The horizontal pixel of a day. */
    public double xOf(LocalDate date) {
        int n = series.days().size();
        long i = series.days().get(0).date().until(date, ChronoUnit.DAYS);
        return plot.getMinX() + plot.getWidth() * i / Math.max(1, n - 1);
    }

    public void draw(Graphics2D g) {
        MapRenderer.hints(g);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        Color ink = new Color(0x1E1E1E), muted = new Color(0x666666), grid = new Color(0xE2E2E2);
        Text.draw(g, "Km² held per faction at the end of each day (Syria time), contested land apart",
                plot.getMinX(), 40 * u, 20 * u, true, ink);
        yAxis(g, grid, muted);
        areas(g);
        histogram(g, grid, muted);
        xAxis(g, muted);
        legend(g, ink);
        Text.draw(g, provenance.line() + "  ·  areas are a sketch: control of places, not surveyed front lines",
                plot.getMinX(), height - 14 * u, 12 * u, false, muted);
    }

    private void areas(Graphics2D g) {
        List<AreaSeries.Day> days = series.days();
        double[] base = new double[days.size()];
        for (String f : series.factions()) {
            double[] top = new double[days.size()];
            for (int i = 0; i < days.size(); i++) top[i] = base[i] + days.get(i).heldUncontested(f);
            g.setColor(Palette.withAlpha(palette.colour(f), 0.85));
            g.fill(band(base, top));
            base = top;
        }
        double[] top = new double[days.size()];
        for (int i = 0; i < days.size(); i++) top[i] = base[i] + days.get(i).contested();
        Path2D contested = band(base, top);
        g.setColor(new Color(0xD8D8D8));
        g.fill(contested);
        ZonePainter.hatch(g, contested, new Color(0x555555), u * 0.5f);
    }

    /** The area between two curves over the days. */
    private Path2D band(double[] lower, double[] upper) {
        Path2D p = new Path2D.Double();
        int n = lower.length;
        for (int i = 0; i < n; i++) {
            double x = xAt(i), y = yOf(upper[i]);
            if (i == 0) p.moveTo(x, y);
            else p.lineTo(x, y);
            if (n == 1) p.lineTo(x + 1, y);
        }
        for (int i = n - 1; i >= 0; i--) p.lineTo(n == 1 ? xAt(i) + (i == n - 1 ? 1 : 0) : xAt(i), yOf(lower[i]));
        p.closePath();
        return p;
    }

    private double xAt(int i) {
        return plot.getMinX() + plot.getWidth() * i / Math.max(1, series.days().size() - 1);
    }

    private double yOf(double km2) {
        return plot.getMaxY() - plot.getHeight() * km2 / maxKm2;
    }

    private void yAxis(Graphics2D g, Color grid, Color muted) {
        double step = maxKm2 / 5;
        g.setStroke(new BasicStroke(1f * u));
        for (int k = 0; k <= 5; k++) {
            double v = k * step, y = yOf(v);
            g.setColor(grid);
            g.draw(new Line2D.Double(plot.getMinX(), y, plot.getMaxX(), y));
            Text.drawRight(g, String.format(Locale.ROOT, "%,.0f", v), plot.getMinX() - 8 * u, y + 5 * u, 13 * u, false, muted);
        }
        Text.draw(g, "km²", 12 * u, plot.getMinY() - 10 * u, 13 * u, false, muted);
    }

    private void histogram(Graphics2D g, Color grid, Color muted) {
        List<AreaSeries.Day> days = series.days();
        double bar = Math.max(1, histogram.getWidth() / days.size() * 0.8);
        g.setColor(grid);
        g.draw(new Line2D.Double(histogram.getMinX(), histogram.getMaxY(), histogram.getMaxX(), histogram.getMaxY()));
        g.setColor(new Color(0x5B6C7D));
        for (int i = 0; i < days.size(); i++) {
            double h = histogram.getHeight() * days.get(i).events() / maxEvents;
            if (h > 0) g.fill(new Rectangle2D.Double(xAt(i) - bar / 2, histogram.getMaxY() - h, bar, h));
        }
        Text.drawRight(g, "events/day", histogram.getMinX() - 8 * u, histogram.getMinY() + 12 * u, 13 * u, false, muted);
        Text.drawRight(g, String.valueOf(maxEvents), histogram.getMinX() - 8 * u, histogram.getMinY() + 28 * u, 13 * u, false, muted);
    }

    private void xAxis(Graphics2D g, Color muted) {
        List<AreaSeries.Day> days = series.days();
        int n = days.size();
        int[] steps = {1, 2, 7, 14, 30, 61, 91, 182, 365};
        int step = steps[steps.length - 1];
        for (int s : steps) {
            if (n / s <= 10) {
                step = s;
                break;
            }
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(step >= 30 ? "MMM yyyy" : "d MMM", Locale.ENGLISH);
        for (int i = 0; i < n; i += step) {
            double x = xAt(i);
            g.setColor(muted);
            g.draw(new Line2D.Double(x, histogram.getMaxY(), x, histogram.getMaxY() + 5 * u));
            String label = days.get(i).date().format(f);
            Text.draw(g, label, x - Text.width(g, label, 13 * u, false) / 2, histogram.getMaxY() + 22 * u, 13 * u, false, muted);
        }
    }

    private void legend(Graphics2D g, Color ink) {
        AreaSeries.Day last = series.days().get(series.days().size() - 1);
        double x = plot.getMaxX() + 24 * u, y = plot.getMinY();
        Text.draw(g, "on " + last.date().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)), x, y + 4 * u,
                14 * u, true, ink);
        y += 18 * u;
        for (String f : series.factions()) {
            g.setColor(Palette.withAlpha(palette.colour(f), 0.85));
            g.fill(new Rectangle2D.Double(x, y, 18 * u, 14 * u));
            String name = palette.name(f, false);
            if (name.length() > 24) name = f;
            Text.draw(g, name + "  " + Text.km2(last.held(f)), x + 26 * u, y + 12 * u, 13 * u, false, ink);
            y += 22 * u;
        }
        Rectangle2D swatch = new Rectangle2D.Double(x, y, 18 * u, 14 * u);
        g.setColor(new Color(0xD8D8D8));
        g.fill(swatch);
        ZonePainter.hatch(g, swatch, new Color(0x555555), u * 0.5f);
        Text.draw(g, "contested  " + Text.km2(last.contested()), x + 26 * u, y + 12 * u, 13 * u, false, ink);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }
}
