package org.sitmap.ui.map;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sitmap.domain.GeoPoint;

/**
 * An invisible layer that publishes the map's zoom, scale and centre as the user sees them. Gluon's {@code MapView}
 * exposes neither the zoom of a wheel or pinch gesture nor the centre after a drag ({@code getCenter()} returns the
 * last centre asked for), so this layer reads them from the base map on every redraw.
 */
final class MapViewport extends QuietLayer {
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper metresPerPixel = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<GeoPoint> centre = new ReadOnlyObjectWrapper<>();

    MapViewport() {
        setMouseTransparent(true);
        setManaged(false);
    }

    @Override
    protected void initialize() {
        super.initialize();
        zoom.set(baseMap.zoom().get());
    }

    @Override
    protected void redraw() {
        double lat = baseMap.centerLat().get(), lon = baseMap.centerLon().get();
        zoom.set(baseMap.zoom().get());
        metresPerPixel.set(ScaleBar.metresPerPixel(lat, zoom.get()));
        if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) centre.set(new GeoPoint(lat, lon));
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty metresPerPixelProperty() {
        return metresPerPixel.getReadOnlyProperty();
    }

    /** The geographic point at the middle of the map view, or null before the map is shown. */
    ReadOnlyObjectProperty<GeoPoint> centreProperty() {
        return centre.getReadOnlyProperty();
    }
}
