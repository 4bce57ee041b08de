package org.sitmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Dataset;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshotCache;
import org.sitmap.store.ShippedVariants;
import org.sitmap.store.SituationService;
import org.sitmap.task.DirectTaskRunner;

/** Loading the situation from a store, as the window does at start, and what it keeps for the next start. */
class SituationViewModelTest {
    @TempDir
    Path home;

    @Test
    void load_keepsTheZonesItOpenedOn_forTheNextStart() throws Exception {
        SituationService situation = org.sitmap.app.Main.situationAt(home.resolve("sitmap.db"));
        try (SituationService.Opened built = situation.open()) {
            assertTrue(built.builtin().rebuilt(), "the store is written before the window opens it");
            assertTrue(built.store().loadWithoutEvents().isEmpty(), "the shipped reports run on after the last change");
        }
        assertKeptAfterLoading(situation);
    }

    /** A store whose events lie within the changes' period: the window opens before reading them, then keeps its zones. */
    @Test
    void load_thatReadsTheEventsAfterTheFirstFrame_keepsTheZonesToo() throws Exception {
        Path data = ShippedVariants.withEventsInsideItsPeriod(home);
        SituationService situation = ShippedVariants.situation(home.resolve("sitmap.db"), data);
        try (SituationService.Opened built = situation.open()) {
            assertTrue(built.store().loadWithoutEvents().isPresent(), "the events are read after the first frame");
        }
        Dataset all = assertKeptAfterLoading(situation);
        assertFalse(all.events().isEmpty(), "and then the events are shown");
    }

    /** Loads as the window does, then checks what was kept for the next start; returns the dataset shown. */
    private Dataset assertKeptAfterLoading(SituationService situation) {
        Path kept = home.resolve("opening-zones.bin");
        SituationViewModel model = new SituationViewModel(new DirectTaskRunner(), situation, ZoneEngine::forDataset,
                new ZoneSnapshotCache(kept, "build 1"));
        model.load();

        assertFalse(model.loadingProperty().get(), "loaded, events included");
        Dataset d = model.datasetProperty().get();
        Instant at = model.instantProperty().get();
        assertNotNull(model.zoneEngineProperty().get());
        assertTrue(Files.isRegularFile(kept), "kept after the first frame, by the task that goes on after it");
        ZoneEngine next = new ZoneSnapshotCache(kept, "build 1").engine(d, data -> {
            throw new AssertionError("the next start opens on the kept zones without building an engine");
        });
        ZoneEngine real = ZoneEngine.forDataset(d);
        assertEquals(real.snapshotAt(at), next.snapshotAt(at));
        Instant dayBefore = at.minus(Duration.ofDays(1));
        assertEquals(real.snapshotAt(dayBefore), next.snapshotAt(dayBefore), "and the day before, for the legend");
        return d;
    }
}
