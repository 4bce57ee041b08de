package org.sitmap.ui.map;

import org.sitmap.ui.common.ZoneShape;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitmap.domain.Faction;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.ChangeIndex;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The zones at the current instant, their drawable shapes and the legend's areas. Snapshots the engine has already
 * computed (all of them once the precompute has finished) are shown at once, in the step that asked for them; others
 * are fetched off the FX thread, and while one is on its way, newer requests coalesce into one, so scrubbing stays
 * live without queueing work.
 */
public final class ZonesViewModel {
    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final ReadOnlyObjectWrapper<ZoneSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> shownAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ZoneShape>> shapes = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry> legendView = FXCollections.unmodifiableObservableList(legend);
    private boolean busy;
    private boolean stale;
    private Key shownKey;
    /** Requests numbered in order; a fetched result older than the zones shown (shown at once meanwhile) is dropped. */
    private long requested, applied;
    private ZoneShapes zoneShapes = new ZoneShapes();
    private ZoneEngine shapesOf;

    /** Which snapshots an instant needs: the latest change at or before it, and at or before the day before. */
    private record Key(int now, int dayBefore) {
        static Key of(List<Instant> changes, Instant at) {
            return new Key(ChangeIndex.floor(changes, at), ChangeIndex.floor(changes, at.minus(Duration.ofDays(1))));
        }
    }

    public ZonesViewModel(TaskRunner tasks, SituationViewModel situation) {
        this.tasks = tasks;
        this.situation = situation;
        situation.zoneEngineProperty().addListener((o, a, b) -> {
            shownKey = null;
            refresh();
        });
        situation.instantProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** {@code dayBefore} is null when the day before lies before the dataset's first day. */
    private record Result(Instant at, ZoneSnapshot snapshot, List<ZoneShape> shapes, Map<String, Double> dayBefore) {
    }

    /**
     * Shows the zones of the current instant: at once when the engine has them, else fetched on a worker, unless one
     * is being fetched: then it fetches once more after.
     */
    private void refresh() {
        ZoneEngine engine = situation.zoneEngineProperty().get();
        if (engine == null) return;
        Instant at = situation.instantProperty().get();
        Instant dayBefore = at.minus(Duration.ofDays(1));
        List<Instant> changes = situation.timelineProperty().get().changeInstants();
        Key key = Key.of(changes, at);
        if (key.equals(shownKey)) {
            // Playing or scrubbing within a day without changes: the zones and legend stay as they are (and a fetch
            // still on its way, for an instant left meanwhile, is not shown).
            applied = ++requested;
            shownAt.set(at);
            return;
        }
        boolean known = !changes.isEmpty() && !dayBefore.isBefore(changes.get(0));
        ZoneShapes drawing = shapes(engine);
        Result ready = computed(engine, drawing, at, known);
        if (ready != null) {
            // Already computed: shown in this step, without a round trip to a worker and a later pulse.
            applied = ++requested;
            apply(ready);
            shownKey = key;
            situation.zonesShown();
            return;
        }
        if (busy) {
            stale = true;
            return;
        }
        busy = true;
        long request = ++requested;
        tasks.run("Drawing zones", progress -> {
            ZoneSnapshot s = engine.snapshotAt(at);
            return new Result(at, s, drawing.of(s), known ? engine.snapshotAt(dayBefore).areaByFaction() : null);
        }, r -> {
            busy = false;
            if (engine != situation.zoneEngineProperty().get()) {
                // The data was reloaded meanwhile (after an edit, say): these zones are outdated, fetch the new ones.
                stale = false;
                refresh();
                return;
            }
            if (request > applied) {
                applied = request;
                apply(r);
                shownKey = key;
                situation.zonesShown();
            }
            if (stale || !at.equals(situation.instantProperty().get())) {
                stale = false;
                refresh();
            }
        }, failure -> {
            busy = false;
            stale = false;
        });
    }

    /** The shapes cache of {@code engine}: geometries are shared within one engine only. */
    private ZoneShapes shapes(ZoneEngine engine) {
        if (engine != shapesOf) {
            shapesOf = engine;
            zoneShapes = new ZoneShapes();
        }
        return zoneShapes;
    }

    /** The zones at {@code at} if the engine has computed them (and the day before's), else null. Computes nothing. */
    private static Result computed(ZoneEngine engine, ZoneShapes drawing, Instant at, boolean known) {
        ZoneSnapshot s = engine.cachedSnapshotAt(at).orElse(null);
        if (s == null) return null;
        Map<String, Double> dayBefore = null;
        if (known) {
            ZoneSnapshot before = engine.cachedSnapshotAt(at.minus(Duration.ofDays(1))).orElse(null);
            if (before == null) return null;
            dayBefore = before.areaByFaction();
        }
        return new Result(at, s, drawing.of(s), dayBefore);
    }

    private void apply(Result r) {
        snapshot.set(r.snapshot());
        shapes.set(r.shapes());
        shownAt.set(r.at());
        FactionPalette palette = situation.paletteProperty().get();
        Map<String, Double> now = r.snapshot().areaByFaction();
        Map<String, Double> before = r.dayBefore() == null ? Map.of() : asSuccessors(r.dayBefore(), r.at());
        List<LegendEntry> entries = new ArrayList<>();
        for (Faction f : palette.groundHolders()) {
            if (!f.validAt(r.at())) continue; // the legend shows the factions of the instant
            double area = now.getOrDefault(f.id(), 0.0), then = before.getOrDefault(f.id(), 0.0);
            if (area > 0 || then > 0) entries.add(new LegendEntry(f.id(), f.name(), area, change(r, area, then)));
        }
        for (String id : now.keySet()) {
            if (entries.stream().noneMatch(e -> e.factionId().equals(id))) {
                entries.add(new LegendEntry(id, palette.name(id), now.get(id), change(r, now.get(id), before.getOrDefault(id, 0.0))));
            }
        }
        legend.setAll(entries);
    }

    /**
     * The day before's areas under the names of the instant: across a faction succession (HTS folded into SGOV) the
     * successor's change counts what its predecessor held, so a succession shows no loss.
     */
    private Map<String, Double> asSuccessors(Map<String, Double> then, Instant at) {
        org.sitmap.domain.ControlTimeline t = situation.timelineProperty().get();
        if (t == null) return then;
        Instant dayBefore = at.minus(java.time.Duration.ofDays(1));
        Map<String, Double> out = new java.util.HashMap<>();
        then.forEach((f, km2) -> out.merge(t.successorAt(f, dayBefore, at), km2, Double::sum));
        return out;
    }

    private static double change(Result r, double now, double then) {
        return r.dayBefore() == null ? Double.NaN : now - then;
    }

    /** The zones shown, or null until the engine is ready. */
    public ReadOnlyObjectProperty<ZoneSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The instant whose zones are shown; lags the timeline by one fetch while scrubbing. */
    public ReadOnlyObjectProperty<Instant> shownAtProperty() {
        return shownAt.getReadOnlyProperty();
    }

    /** The zones of {@link #snapshotProperty()} ready to draw. */
    public ReadOnlyObjectProperty<List<ZoneShape>> shapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    /** Ground-holding factions with their areas, in dataset order. */
    public ObservableList<LegendEntry> legend() {
        return legendView;
    }
}
