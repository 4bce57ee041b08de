package org.sitmap.publish;

import java.time.Duration;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileStyle;

/**
 * How a map image is drawn. Immutable.
 *
 * @param width       pixels, at least 16
 * @param height      pixels, at least 16
 * @param bbox        the lon/lat box to show (x = longitude); the image shows at least this
 * @param style       base-map colours (light or dark)
 * @param language    language of place and faction names
 * @param eventWindow event markers shown: events in the window ending at the instant drawn; zero hides them
 */
public record RenderOptions(int width, int height, Envelope bbox, TileStyle style, LabelLanguage language,
                            Duration eventWindow) {
    /** Default image size: 1920×1080. */
    public static final int DEFAULT_WIDTH = 1920, DEFAULT_HEIGHT = 1080;
    /** Syria north of 34.6° N: the area the zone engine maps. */
    public static final Envelope NORTHERN_SYRIA = new Envelope(35.55, 42.45, 34.55, 37.40);

    public RenderOptions {
        if (width < 16 || height < 16) throw new IllegalArgumentException("image too small: " + width + "×" + height);
        Objects.requireNonNull(bbox, "bbox");
        if (bbox.isNull() || bbox.getWidth() <= 0 || bbox.getHeight() <= 0) {
            throw new IllegalArgumentException("empty bounding box " + bbox);
        }
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(language, "language");
        eventWindow = eventWindow == null ? Duration.ZERO : eventWindow;
    }

    /** 1920×1080, northern Syria, light, English, events of the last 24 hours. */
    public static RenderOptions defaults() {
        return new RenderOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, NORTHERN_SYRIA, TileStyle.LIGHT, LabelLanguage.ENGLISH,
                Duration.ofHours(24));
    }

    public RenderOptions withSize(int w, int h) {
        return new RenderOptions(w, h, bbox, style, language, eventWindow);
    }

    public RenderOptions withBbox(Envelope box) {
        return new RenderOptions(width, height, box, style, language, eventWindow);
    }

    public RenderOptions withStyle(TileStyle s) {
        return new RenderOptions(width, height, bbox, s, language, eventWindow);
    }

    public RenderOptions withLanguage(LabelLanguage l) {
        return new RenderOptions(width, height, bbox, style, l, eventWindow);
    }

    public RenderOptions withEventWindow(Duration window) {
        return new RenderOptions(width, height, bbox, style, language, window);
    }

    /** Whether names are shown in Arabic. */
    boolean arabic() {
        return language == LabelLanguage.ARABIC;
    }

    MapView view() {
        return MapView.fitting(bbox, width, height);
    }
}
