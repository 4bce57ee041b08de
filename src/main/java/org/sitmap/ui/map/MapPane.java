package org.sitmap.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;
import org.sitmap.domain.GeoPoint;

/** The map: Gluon's {@link MapView} centred on Aleppo, reporting the geographic position under the pointer. */
public final class MapPane extends StackPane {
    public static final GeoPoint ALEPPO = new GeoPoint(36.20, 37.16);
    private final MapView map = new MapView();
    private final ReadOnlyObjectWrapper<GeoPoint> pointer = new ReadOnlyObjectWrapper<>();

    public MapPane() {
        setId("mapPane");
        map.setId("map");
        map.setCenter(ALEPPO.lat(), ALEPPO.lon());
        map.setZoom(8);
        map.setOnMouseMoved(e -> {
            MapPoint p = map.getMapPosition(e.getX(), e.getY());
            if (p != null && Math.abs(p.getLatitude()) <= 90 && Math.abs(p.getLongitude()) <= 180) {
                pointer.set(new GeoPoint(p.getLatitude(), p.getLongitude()));
            }
        });
        getChildren().add(map);
    }

    public MapView mapView() {
        return map;
    }

    /** The position under the mouse, or null before it first moves over the map. */
    public ReadOnlyObjectProperty<GeoPoint> pointerPositionProperty() {
        return pointer.getReadOnlyProperty();
    }
}
