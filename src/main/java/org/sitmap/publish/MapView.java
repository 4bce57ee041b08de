package org.sitmap.publish;

import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.WebMercator;

/**
 * Which part of the world an image shows: a Web Mercator view of {@code width × height} pixels that contains the
 * asked lon/lat box, centred on it (the box grows along one axis to fit the image's shape). Immutable.
 *
 * @param width      pixels
 * @param height     pixels
 * @param centreX    Web Mercator metres
 * @param centreY    Web Mercator metres
 * @param resolution metres per pixel
 */
public record MapView(int width, int height, double centreX, double centreY, double resolution) {
    public MapView {
        if (width < 16 || height < 16) throw new IllegalArgumentException("image too small: " + width + "×" + height);
        if (!(resolution > 0)) throw new IllegalArgumentException("resolution must be positive, was " + resolution);
    }

    /** The view of {@code width × height} pixels that contains {@code lonLatBox} (x = longitude). */
    public static MapView fitting(Envelope lonLatBox, int width, int height) {
        double x0 = WebMercator.x(lonLatBox.getMinX()), x1 = WebMercator.x(lonLatBox.getMaxX());
        double y0 = WebMercator.y(lonLatBox.getMinY()), y1 = WebMercator.y(lonLatBox.getMaxY());
        double res = Math.max((x1 - x0) / width, (y1 - y0) / height);
        return new MapView(width, height, (x0 + x1) / 2, (y0 + y1) / 2, res);
    }

    /** Pixel column of a longitude. */
    public double px(double lon) {
        return (WebMercator.x(lon) - centreX) / resolution + width / 2.0;
    }

    /** Pixel row of a latitude. */
    public double py(double lat) {
        return height / 2.0 - (WebMercator.y(lat) - centreY) / resolution;
    }

    /** The lon/lat box the image shows. */
    public Envelope lonLatBounds() {
        double hw = width / 2.0 * resolution, hh = height / 2.0 * resolution;
        return new Envelope(WebMercator.lon(centreX - hw), WebMercator.lon(centreX + hw),
                WebMercator.lat(centreY - hh), WebMercator.lat(centreY + hh));
    }

    /** Projects lon/lat points to pixels, for JTS's ShapeWriter. */
    org.locationtech.jts.awt.PointTransformation pixels() {
        return (c, p) -> p.setLocation(px(c.x), py(c.y));
    }
}
