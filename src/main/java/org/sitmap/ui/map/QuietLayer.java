package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;

/**
 * A Gluon {@link MapLayer} that redraws only when something changed. Gluon's own layer never clears its dirty flag,
 * so once marked it redraws on every later layout pass; a layer that changes its children while redrawing then asks
 * for another pass, and the map redraws every frame while the app is idle. This layer clears the flag before it
 * redraws, and counts its redraws so tests can check that an idle map does no work.
 *
 * <p>Gluon's {@code MapView} also calls {@link #layoutLayer()} directly whenever the map moves or zooms; those
 * calls redraw too. FX thread only.
 */
abstract class QuietLayer extends MapLayer {
    private boolean dirty = true;
    private long redraws;

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    @Override
    protected final void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected final void layoutChildren() {
        if (dirty) layoutLayer();
        sizeChildren();
    }

    @Override
    protected final void layoutLayer() {
        dirty = false;
        redraws++;
        redraw();
    }

    /** Projects and draws the layer's content for the map's current centre, zoom and size. */
    protected abstract void redraw();

    /** Called after every layout pass; sizes resizable children, which a plain {@code Parent} leaves at zero. */
    protected void sizeChildren() {
    }

    /** How often this layer has redrawn since it was created. */
    final long redraws() {
        return redraws;
    }
}
