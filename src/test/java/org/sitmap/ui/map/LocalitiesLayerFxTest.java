package org.sitmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;
import org.sitmap.domain.Locality;
import org.sitmap.ui.UiFixtures;
import org.sitmap.ui.common.FactionPalette;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The dots' colours as the timeline steps: only changed holders are recoloured, but a new palette recolours all. */
class LocalitiesLayerFxTest extends FxRobot {
    private final Dataset data = UiFixtures.small();
    private final AtomicReference<FactionPalette> palette = new AtomicReference<>(FactionPalette.of(data));
    private LocalitiesLayer layer;
    private Locality aleppo, saraqib;

    @BeforeEach
    void make() throws Exception {
        FxToolkit.registerPrimaryStage();
        interact(() -> layer = new LocalitiesLayer(palette::get, place -> { }));
        aleppo = data.localities().get(0);
        saraqib = data.localities().get(1);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aStep_recoloursThePlaceWhoseHolderChanged_andKeepsTheOthers() {
        interact(() -> layer.setMarks(List.of(mark(aleppo, "GOV"), mark(saraqib, "GOV"))));
        Circle aleppoDot = dots().get(0), saraqibDot = dots().get(1);
        interact(() -> layer.setMarks(List.of(mark(aleppo, "GOV"), mark(saraqib, "HTS"))));
        assertEquals(List.of(aleppoDot, saraqibDot), dots(), "a step keeps the dots");
        assertEquals(palette.get().color("GOV"), aleppoDot.getFill());
        assertEquals(palette.get().color("HTS"), saraqibDot.getFill());
    }

    @Test
    void aNewPalette_recoloursEveryDot_alsoWhereTheHolderIsUnchanged() {
        interact(() -> layer.setMarks(List.of(mark(aleppo, "GOV"), mark(saraqib, "HTS"))));
        // The same places in another dataset whose government is drawn in another colour.
        List<Faction> recoloured = data.factions().stream().map(f -> !f.id().equals("GOV") ? f
                : new Faction(f.id(), f.name(), f.nameAr(), "#0072B2", f.holdsGround(), f.members(), f.description())).toList();
        palette.set(FactionPalette.of(new Dataset(recoloured, data.localities(), data.sources(), data.changes(), data.events())));
        interact(() -> layer.setMarks(List.of(mark(aleppo, "GOV"), mark(saraqib, "HTS"))));
        assertEquals(Color.web("#0072B2"), dots().get(0).getFill());
        assertEquals(palette.get().color("HTS"), dots().get(1).getFill());
    }

    private static LocalityMarks.Mark mark(Locality place, String holder) {
        return new LocalityMarks.Mark(place, holder, false, true);
    }

    private List<Circle> dots() {
        return layer.getChildrenUnmodifiable().stream().filter(Circle.class::isInstance).map(Circle.class::cast).toList();
    }
}
