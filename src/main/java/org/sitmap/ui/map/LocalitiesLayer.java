package org.sitmap.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.sitmap.domain.Locality;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.UiFonts;

/**
 * Locality dots in their holder's colour and, where room allows, their names in English or Arabic. Labels are
 * placed most important first and skipped where they would overlap one already placed; they are drawn with a white
 * halo on one canvas (haloed text nodes are very slow to render). Dot nodes are built when the marks change and only
 * recoloured or moved afterwards. Clicking a dot selects the locality.
 */
public final class LocalitiesLayer extends QuietLayer {
    public static final String DOT = "locality-dot";
    private static final Font LABEL_FONT = UiFonts.regular(11);
    private final Supplier<FactionPalette> palette;
    private final Consumer<Locality> onSelect;
    private final Canvas labels = new Canvas();
    private final Text measure = new Text();
    private final List<Placed> placed = new ArrayList<>();
    private boolean arabic;
    /** The palette the dots were last coloured with: a new one (another dataset) recolours every dot. */
    private FactionPalette colouredWith;

    private record Placed(LocalityMarks.Mark mark, Circle dot) {
    }

    public LocalitiesLayer(Supplier<FactionPalette> palette, Consumer<Locality> onSelect) {
        this.palette = palette;
        this.onSelect = onSelect;
        labels.setMouseTransparent(true);
        labels.setId("localityLabels");
        measure.setFont(LABEL_FONT);
        getChildren().add(labels);
    }

    /**
     * Replaces the marks, most important first. Dots of places already marked are kept and only recoloured, so
     * scrubbing the timeline does not rebuild hundreds of nodes; when the same places are marked and labelled as
     * before (a change of holders only), nothing is re-projected or redrawn.
     */
    public void setMarks(List<LocalityMarks.Mark> marks) {
        if (samePlaces(marks)) {
            // A step of the timeline at the same zoom: the same dots and labels, and only those whose holder or
            // contested flag changed are recoloured (a map of thousands of dots to find them again, then a fill set on
            // every unchanged one, were most of a step at scale 100).
            FactionPalette colours = palette.get();
            boolean all = colours != colouredWith;
            colouredWith = colours;
            for (int i = 0; i < marks.size(); i++) {
                LocalityMarks.Mark now = marks.get(i);
                Placed was = placed.get(i);
                if (!all && Objects.equals(now.holder(), was.mark().holder()) && now.contested() == was.mark().contested()) continue;
                Placed p = new Placed(now, was.dot());
                colour(p, colours);
                placed.set(i, p);
            }
            return;
        }
        Map<String, Placed> before = new HashMap<>();
        for (Placed p : placed) before.put(p.mark().locality().id(), p);
        List<Placed> next = new ArrayList<>(marks.size());
        FactionPalette colours = palette.get();
        colouredWith = colours;
        for (LocalityMarks.Mark m : marks) {
            Placed old = before.get(m.locality().id());
            Placed p = new Placed(m, old != null ? old.dot() : dot(m.locality()));
            colour(p, colours);
            next.add(p);
        }
        placed.clear();
        placed.addAll(next);
        List<Node> nodes = new ArrayList<>();
        placed.forEach(p -> nodes.add(p.dot()));
        nodes.add(labels);
        getChildren().setAll(nodes);
        markDirty();
    }

    /** Whether {@code marks} mark the same places, in the same order and with the same labels, as those shown. */
    private boolean samePlaces(List<LocalityMarks.Mark> marks) {
        if (marks.size() != placed.size()) return false;
        for (int i = 0; i < marks.size(); i++) {
            LocalityMarks.Mark now = marks.get(i), was = placed.get(i).mark();
            if (now.locality() != was.locality() || now.labelled() != was.labelled()) return false;
        }
        return true;
    }

    private static void colour(Placed p, FactionPalette colours) {
        p.dot().setFill(colours.color(p.mark().holder()));
        p.dot().pseudoClassStateChanged(MapStyles.CONTESTED, p.mark().contested());
    }

    private Circle dot(Locality place) {
        Circle dot = new Circle(place.kind().isSite() ? 3 : 4.5);
        dot.getStyleClass().add(DOT);
        dot.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return; // the end of a drag that started on the dot: MapView pans
            onSelect.accept(place);
            e.consume();
        });
        return dot;
    }

    public void setArabic(boolean arabic) {
        this.arabic = arabic;
        markDirty();
    }

    @Override
    protected void redraw() {
        if (!(getParent() instanceof Region view)) return;
        labels.setWidth(view.getWidth());
        labels.setHeight(view.getHeight());
        GraphicsContext g = labels.getGraphicsContext2D();
        g.clearRect(0, 0, labels.getWidth(), labels.getHeight());
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        g.setStroke(Color.rgb(255, 255, 255, 0.9));
        g.setFill(Color.web("#1f2328"));
        Bounds visible = new BoundingBox(-20, -20, view.getWidth() + 40, view.getHeight() + 40);
        List<Bounds> taken = new ArrayList<>();
        for (Placed p : placed) {
            Point2D xy = getMapPoint(p.mark().locality().point().lat(), p.mark().locality().point().lon());
            boolean in = xy != null && visible.contains(xy);
            p.dot().setVisible(in);
            if (!in) continue;
            p.dot().setCenterX(xy.getX());
            p.dot().setCenterY(xy.getY());
            if (!p.mark().labelled()) continue;
            String name = LocalityMarks.shortName(p.mark().locality().displayName(arabic));
            measure.setText(name);
            double w = measure.getLayoutBounds().getWidth(), h = measure.getLayoutBounds().getHeight();
            Bounds b = new BoundingBox(xy.getX() + 6, xy.getY() - h / 2, w, h);
            if (taken.stream().anyMatch(t -> t.intersects(b))) continue;
            taken.add(b);
            g.strokeText(name, xy.getX() + 7, xy.getY());
            g.fillText(name, xy.getX() + 7, xy.getY());
        }
    }
}
