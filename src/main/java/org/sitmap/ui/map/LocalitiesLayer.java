package org.sitmap.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.sitmap.domain.Locality;
import org.sitmap.ui.FactionPalette;

/**
 * Locality dots in their holder's colour and, where room allows, their names in English or Arabic. Labels are
 * placed most important first and skipped where they would overlap one already placed. Clicking a dot selects the
 * locality.
 */
public final class LocalitiesLayer extends MapLayer {
    public static final String DOT = "locality-dot", LABEL = "locality-label";
    private final Supplier<FactionPalette> palette;
    private final Consumer<Locality> onSelect;
    private List<LocalityMarks.Mark> marks = List.of();
    private boolean arabic;

    public LocalitiesLayer(Supplier<FactionPalette> palette, Consumer<Locality> onSelect) {
        this.palette = palette;
        this.onSelect = onSelect;
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    public void setMarks(List<LocalityMarks.Mark> marks) {
        this.marks = marks;
        markDirty();
    }

    public void setArabic(boolean arabic) {
        this.arabic = arabic;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region view)) return;
        Bounds visible = new BoundingBox(-20, -20, view.getWidth() + 40, view.getHeight() + 40);
        List<Node> dots = new ArrayList<>(), labels = new ArrayList<>();
        List<Bounds> taken = new ArrayList<>();
        FactionPalette colours = palette.get();
        for (LocalityMarks.Mark m : marks) {
            Point2D p = getMapPoint(m.locality().point().lat(), m.locality().point().lon());
            if (p == null || !visible.contains(p)) continue;
            Circle dot = new Circle(p.getX(), p.getY(), m.locality().kind().isSite() ? 3 : 4.5);
            dot.getStyleClass().add(DOT);
            dot.setFill(colours.color(m.holder()));
            dot.pseudoClassStateChanged(MapStyles.CONTESTED, m.contested());
            dot.setOnMouseClicked(e -> {
                onSelect.accept(m.locality());
                e.consume();
            });
            dots.add(dot);
            if (!m.labelled()) continue;
            Text label = new Text(m.locality().displayName(arabic));
            label.getStyleClass().add(LABEL);
            label.setX(p.getX() + 6);
            label.setY(p.getY() + 4);
            label.setMouseTransparent(true);
            Bounds b = label.getBoundsInLocal();
            if (taken.stream().anyMatch(t -> t.intersects(b))) continue;
            taken.add(b);
            labels.add(label);
        }
        dots.addAll(labels);
        getChildren().setAll(dots);
    }
}
