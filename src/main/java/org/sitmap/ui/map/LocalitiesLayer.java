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
 * placed most important first and hidden where they would overlap one already placed. Nodes are built when the
 * marks change and only moved when the map moves. Clicking a dot selects the locality.
 */
public final class LocalitiesLayer extends MapLayer {
    public static final String DOT = "locality-dot", LABEL = "locality-label";
    private final Supplier<FactionPalette> palette;
    private final Consumer<Locality> onSelect;
    private final List<Placed> placed = new ArrayList<>();
    private boolean arabic;

    private record Placed(LocalityMarks.Mark mark, Circle dot, Text label) {
    }

    public LocalitiesLayer(Supplier<FactionPalette> palette, Consumer<Locality> onSelect) {
        this.palette = palette;
        this.onSelect = onSelect;
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> markDirty());
    }

    /** Replaces the marks, most important first. */
    public void setMarks(List<LocalityMarks.Mark> marks) {
        placed.clear();
        List<Node> dots = new ArrayList<>(), labels = new ArrayList<>();
        FactionPalette colours = palette.get();
        for (LocalityMarks.Mark m : marks) {
            Circle dot = new Circle(m.locality().kind().isSite() ? 3 : 4.5);
            dot.getStyleClass().add(DOT);
            dot.setFill(colours.color(m.holder()));
            dot.pseudoClassStateChanged(MapStyles.CONTESTED, m.contested());
            dot.setOnMouseClicked(e -> {
                onSelect.accept(m.locality());
                e.consume();
            });
            Text label = null;
            if (m.labelled()) {
                label = new Text(m.locality().displayName(arabic));
                label.getStyleClass().add(LABEL);
                label.setMouseTransparent(true);
                labels.add(label);
            }
            dots.add(dot);
            placed.add(new Placed(m, dot, label));
        }
        dots.addAll(labels);
        getChildren().setAll(dots);
        markDirty();
    }

    public void setArabic(boolean arabic) {
        this.arabic = arabic;
        for (Placed p : placed) if (p.label() != null) p.label().setText(p.mark().locality().displayName(arabic));
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region view)) return;
        Bounds visible = new BoundingBox(-20, -20, view.getWidth() + 40, view.getHeight() + 40);
        List<Bounds> taken = new ArrayList<>();
        for (Placed p : placed) {
            Point2D xy = getMapPoint(p.mark().locality().point().lat(), p.mark().locality().point().lon());
            boolean in = xy != null && visible.contains(xy);
            p.dot().setVisible(in);
            if (in) {
                p.dot().setCenterX(xy.getX());
                p.dot().setCenterY(xy.getY());
            }
            if (p.label() == null) continue;
            if (!in) {
                p.label().setVisible(false);
                continue;
            }
            p.label().setX(xy.getX() + 6);
            p.label().setY(xy.getY() + 4);
            Bounds b = p.label().getBoundsInParent();
            boolean free = taken.stream().noneMatch(t -> t.intersects(b));
            p.label().setVisible(free);
            if (free) taken.add(b);
        }
    }
}
