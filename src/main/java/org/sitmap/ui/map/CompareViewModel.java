package org.sitmap.ui.map;

import org.sitmap.ui.common.ZoneShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sitmap.geo.ZoneDiff;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.SituationViewModel;

/**
 * "Compare with…": the per-faction gains and losses between the current instant and another, computed off the FX
 * thread, with the changed areas ready to highlight on the map.
 */
public final class CompareViewModel {
    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();

    /**
     * A finished comparison.
     *
     * @param diff   the engine's diff, from the earlier instant to the later
     * @param gained per gaining faction, the areas it took, as drawable rings
     */
    public record Comparison(ZoneDiff diff, List<Gain> gained) {
    }

    /** Areas a faction took between the two instants. */
    public record Gain(String faction, List<double[]> rings) {
    }

    public CompareViewModel(TaskRunner tasks, SituationViewModel situation) {
        this.tasks = tasks;
        this.situation = situation;
    }

    /** Compares the current instant with {@code other} (either order); does nothing before zones are ready. */
    public void compareWith(Instant other) {
        ZoneEngine engine = situation.zoneEngineProperty().get();
        if (engine == null) return;
        Instant now = situation.instantProperty().get();
        Instant from = now.isBefore(other) ? now : other, to = now.isBefore(other) ? other : now;
        tasks.run("Comparing dates", progress -> {
            ZoneDiff d = engine.diff(from, to);
            List<Gain> gains = new ArrayList<>();
            for (ZoneDiff.FactionChange c : d.factions()) {
                if (c.gained() != null && !c.gained().isEmpty()) gains.add(new Gain(c.faction(), ZoneShape.rings(c.gained())));
            }
            return new Comparison(d, gains);
        }, comparison::set, failure -> comparison.set(null));
    }

    public void clear() {
        comparison.set(null);
    }

    /** The comparison shown, or null. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
