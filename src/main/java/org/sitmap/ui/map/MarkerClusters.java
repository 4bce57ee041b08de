package org.sitmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * Groups markers whose screen positions lie closer than a radius, greedily in the given order (most important
 * first). Pure; the events layer calls it on every redraw, so clusters split as the user zooms in.
 */
public final class MarkerClusters {
    private MarkerClusters() {
    }

    /** A group of items drawn as one marker at {@code centre} (its first item's position). */
    public record Cluster<T>(Point2D centre, List<T> items) {
    }

    public static <T> List<Cluster<T>> of(List<T> items, List<Point2D> positions, double radius) {
        List<Cluster<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Point2D p = positions.get(i);
            Cluster<T> home = null;
            for (Cluster<T> c : out) {
                if (c.centre().distance(p) < radius) {
                    home = c;
                    break;
                }
            }
            if (home == null) out.add(new Cluster<>(p, new ArrayList<>(List.of(items.get(i)))));
            else home.items().add(items.get(i));
        }
        return out;
    }
}
