package org.sitmap.ui.details;

import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.geo.PointDetails;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.ChangeIndex;
import org.sitmap.ui.common.Selection;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.ZoneShape;

/**
 * Explains the selection: for a map point, who holds it since when and the sourced changes behind it (asked of the
 * zone engine off the FX thread); for an event, its summary and sources; for a locality, its control history. Follows
 * the timeline: moving the instant re-asks about the same point.
 */
public final class DetailsViewModel {
    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ZoneShape> highlight = new ReadOnlyObjectWrapper<>();
    private long generation;
    /** What the shown point details answer: the point and the change index of their instant. */
    private Object shownPoint;

    public DetailsViewModel(TaskRunner tasks, SituationViewModel situation) {
        this.tasks = tasks;
        this.situation = situation;
        situation.selectionProperty().addListener(o -> refresh());
        situation.instantProperty().addListener(o -> {
            if (!(situation.selectionProperty().get() instanceof Selection.Incident)) refresh();
        });
        situation.zoneEngineProperty().addListener(o -> refresh());
    }

    private void refresh() {
        Selection s = situation.selectionProperty().get();
        Dataset d = situation.datasetProperty().get();
        long ticket = ++generation;
        if (!(s instanceof Selection.Point)) shownPoint = null;
        if (s == null || d == null) {
            details.set(null);
            highlight.set(null);
            return;
        }
        Instant at = situation.instantProperty().get();
        if (s instanceof Selection.Incident i) {
            String place = i.event().localityId() == null ? ""
                    : d.locality(i.event().localityId()).map(Locality::nameEn).orElse("");
            details.set(new Details.Incident(i.event(), place, SourceLink.of(d, i.event().citations())));
            highlight.set(null);
        } else if (s instanceof Selection.Place p) {
            ControlTimeline t = situation.timelineProperty().get();
            details.set(new Details.Place(p.locality(), t.stateAt(p.locality().id(), at).orElse(null),
                    t.history(p.locality().id()).stream().map(c -> ChangeRow.of(d, c)).toList()));
            highlight.set(null);
        } else if (s instanceof Selection.Point p) {
            ZoneEngine engine = situation.zoneEngineProperty().get();
            if (engine == null) {
                details.set(new Details.Point(p.position(), null, List.of(), List.of()));
                return;
            }
            // While the timeline plays within a day without changes, the answer cannot change: do not ask again.
            Object question = List.of(p.position(), engine,
                    ChangeIndex.floor(situation.timelineProperty().get().changeInstants(), at));
            if (question.equals(shownPoint) && details.get() instanceof Details.Point) return;
            GeoPoint where = p.position();
            tasks.run("Looking up control", progress -> {
                PointDetails pd = engine.detailsAt(at, where).orElse(null);
                ZoneShape zone = pd == null || pd.zone() == null ? null : ZoneShape.of(pd.zone());
                Details.Point result = pd == null ? new Details.Point(where, null, List.of(), List.of())
                        : new Details.Point(where, pd, pd.localityHistory().stream().map(c -> ChangeRow.of(d, c)).toList(),
                        pd.zoneChanges().stream().map(c -> ChangeRow.of(d, c)).toList());
                return new Looked(result, zone);
            }, r -> {
                if (ticket != generation) return;
                details.set(r.details());
                highlight.set(r.zone());
                shownPoint = question;
            }, failure -> {
                // The runner has logged the failure; the user learns what happened and what to try.
                if (ticket == generation) details.set(new Details.Unavailable(
                        "Sitmap could not work out who holds this point. Try another point or date; details are in the log file."));
            });
        }
    }

    private record Looked(Details.Point details, ZoneShape zone) {
    }

    /** What the panel shows, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The zone of the clicked point, to outline on the map; null otherwise. */
    public ReadOnlyObjectProperty<ZoneShape> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }
}
