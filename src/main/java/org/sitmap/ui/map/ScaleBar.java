package org.sitmap.ui.map;

import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) close to a target width, with its length as text. */
public final class ScaleBar extends HBox {
    static final double TARGET_PX = 100;
    private static final double EARTH_CIRCUMFERENCE_M = 40_075_016.686;
    private final Region bar = new Region();
    private final Label text = new Label();

    public ScaleBar(ObservableDoubleValue metresPerPixel) {
        getStyleClass().add("scale-bar");
        setId("scaleBar");
        bar.getStyleClass().add("scale-bar-line");
        getChildren().addAll(bar, text);
        setSpacing(4);
        metresPerPixel.addListener((o, a, b) -> update(b.doubleValue()));
        update(metresPerPixel.get());
    }

    private void update(double mpp) {
        if (!(mpp > 0)) return;
        double metres = roundLength(mpp * TARGET_PX);
        bar.setMinWidth(metres / mpp);
        bar.setPrefWidth(metres / mpp);
        text.setText(format(metres));
    }

    /** Ground metres per screen pixel of a Web Mercator map at {@code lat}° and zoom {@code zoom} (256-px tiles). */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / (256 * Math.pow(2, zoom));
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code metres}. */
    public static double roundLength(double metres) {
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        double f = metres / p;
        return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
    }

    public static String format(double metres) {
        return metres >= 1000 ? String.format(Locale.ROOT, "%.0f km", metres / 1000) : String.format(Locale.ROOT, "%.0f m", metres);
    }
}
