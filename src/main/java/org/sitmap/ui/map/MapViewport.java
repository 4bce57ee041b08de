package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * An invisible layer that publishes the map's zoom and scale, which Gluon's {@code MapView} does not expose. Updated
 * on every redraw of the map.
 */
final class MapViewport extends MapLayer {
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper metresPerPixel = new ReadOnlyDoubleWrapper();

    MapViewport() {
        setMouseTransparent(true);
        setManaged(false);
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
        zoom.set(baseMap.getZoom());
    }

    @Override
    protected void layoutLayer() {
        zoom.set(baseMap.getZoom());
        metresPerPixel.set(ScaleBar.metresPerPixel(baseMap.centerLat().get(), baseMap.getZoom()));
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty metresPerPixelProperty() {
        return metresPerPixel.getReadOnlyProperty();
    }
}
