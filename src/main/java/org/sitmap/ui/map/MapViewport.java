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

    /**
     * Drops Gluon's cached tiles and loads them again, after the base map's source or style changed. Gluon Maps
     * 2.0.0-ea+6 has no public way to do this (its BaseMap keeps tiles until they leave the view), so this calls
     * BaseMap's private clearTiles and markDirty; if a later Gluon version renames them, tiles refresh as the user
     * pans instead.
     */
    void reloadTiles() {
        try {
            for (String name : new String[] {"clearTiles", "markDirty"}) {
                java.lang.reflect.Method m = baseMap.getClass().getDeclaredMethod(name);
                m.setAccessible(true);
                m.invoke(baseMap);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MapViewport.class).warn("Could not reload the base map's tiles", e);
        }
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty metresPerPixelProperty() {
        return metresPerPixel.getReadOnlyProperty();
    }
}
