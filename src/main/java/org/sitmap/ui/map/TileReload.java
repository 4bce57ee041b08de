package org.sitmap.ui.map;

import com.gluonhq.maps.MapView;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a Gluon {@link MapView} fetch its tiles again after the base map changed (source, theme or labels).
 * Gluon Maps 2.0.0-ea+6 keeps loaded tiles for good and has no public way to drop them; its {@code BaseMap} has a
 * private, unused {@code clearTiles()}, which this calls by reflection (we run on the classpath, so access is
 * allowed). If that ever fails, the change applies to tiles not yet loaded and fully on the next start.
 */
final class TileReload {
    private static final Logger LOG = LoggerFactory.getLogger(TileReload.class);

    private TileReload() {
    }

    /** Drops the view's loaded tiles and asks for a new layout; FX thread only. Returns false if it could not. */
    static boolean reload(MapView view) {
        try {
            Field baseMapField = MapView.class.getDeclaredField("baseMap");
            baseMapField.setAccessible(true);
            Parent baseMap = (Parent) baseMapField.get(view);
            Method clear = baseMap.getClass().getDeclaredMethod("clearTiles");
            clear.setAccessible(true);
            clear.invoke(baseMap);
            Method markDirty = baseMap.getClass().getDeclaredMethod("markDirty");
            markDirty.setAccessible(true);
            markDirty.invoke(baseMap);
            baseMap.requestLayout();
            view.requestLayout();
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not reload the map tiles; the new base map shows as tiles load and after a restart", e);
            return false;
        }
    }
}
