package org.sitmap.ui.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMapData;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.publish.AreaSeries;
import org.sitmap.publish.Citations;
import org.sitmap.publish.DossierWriter;
import org.sitmap.publish.MapFiles;
import org.sitmap.publish.MapRenderer;
import org.sitmap.publish.Provenance;
import org.sitmap.publish.RenderOptions;
import org.sitmap.publish.ReplayFiles;
import org.sitmap.publish.ReplayFrames;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The GUI's publishing commands: export the map as an image, a replay as GIF/MP4, a place's dossier as PDF, and
 * compute the area-over-time figures. Each runs through the {@link TaskRunner} (off the FX thread, with progress,
 * cancellable through the handle it returns) and reports one line for the status of the last export. FX thread only.
 */
public final class ExportViewModel {
    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final java.util.concurrent.atomic.AtomicInteger working = new java.util.concurrent.atomic.AtomicInteger();
    private volatile MapRenderer renderer;
    private volatile Dataset rendererData;

    public ExportViewModel(TaskRunner tasks, SituationViewModel situation) {
        this.tasks = tasks;
        this.situation = situation;
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export did, or why it failed, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when no export work is still running in the background (a cancelled one stops at its next check). */
    public boolean idle() {
        return working.get() == 0;
    }

    /** Whether the data is loaded, so exports can run. */
    public boolean ready() {
        return situation.datasetProperty().get() != null && situation.zoneEngineProperty().get() != null;
    }

    /** Renders the map at the current instant over {@code bbox} to {@code out} (PNG or SVG) with sources.csv. */
    public TaskRunner.Cancellable exportImage(Path out, RenderOptions options, Runnable done) {
        Instant at = situation.instantProperty().get();
        ZoneEngine engine = situation.zoneEngineProperty().get();
        Dataset d = situation.datasetProperty().get();
        return start("Exporting image", p -> {
            p.update(0, 2, "drawing the map");
            Citations c = MapFiles.write(renderer(d), engine.snapshotAt(at), at, options, out);
            p.update(2, 2, "written");
            return "Wrote " + out.getFileName() + " citing " + c.all().size() + " sources (listed in sources.csv)";
        }, done);
    }

    /** Writes a replay from {@code from} to {@code to} (GIF or MP4 by the file name). */
    public TaskRunner.Cancellable exportReplay(Path out, LocalDate from, LocalDate to, Duration step, int fps,
            RenderOptions options, Runnable done) {
        ZoneEngine engine = situation.zoneEngineProperty().get();
        Dataset d = situation.datasetProperty().get();
        ReplayFrames frames = ReplayFrames.of(from, to, step);
        return start("Exporting replay", p -> {
            var cited = ReplayFiles.write(renderer(d), engine, frames, options.withEventWindow(step), fps, out, p);
            return "Wrote " + out.getFileName() + ": " + frames.size() + " frames citing " + cited.size() + " sources";
        }, done);
    }

    /** Writes the dossier of {@code place} with the events within {@code radiusKm}. */
    public TaskRunner.Cancellable exportDossier(Locality place, double radiusKm, Path out, Runnable done) {
        ZoneEngine engine = situation.zoneEngineProperty().get();
        Dataset d = situation.datasetProperty().get();
        return start("Exporting dossier", p -> {
            DossierWriter.write(renderer(d), engine, place, radiusKm, out, p);
            return "Wrote the dossier of " + place.nameEn() + " to " + out.getFileName();
        }, done);
    }

    /** Computes the km² per faction per day over the dataset's period, then hands it to {@code onReady}. */
    public TaskRunner.Cancellable computeArea(Consumer<AreaSeries> onReady) {
        ZoneEngine engine = situation.zoneEngineProperty().get();
        Dataset d = situation.datasetProperty().get();
        return tasks.run("Computing area over time", p -> {
            LocalDate[] period = AreaSeries.period(d);
            return AreaSeries.compute(engine, d, period[0], period[1], p);
        }, onReady, e -> status.set("Area over time failed: " + message(e)));
    }

    /**
     * The provenance stamped on exports: this build and the content hash of the built-in data shown (the stored copy's,
     * which differs from the shipped files' when they could not replace it).
     */
    Provenance provenance() {
        String hash = situation.builtinHashProperty().get();
        return Provenance.of(hash.length() > 12 ? hash.substring(0, 12) : hash);
    }

    /** The renderer for {@code d}, made once per dataset (loading the base map on first use); call off the FX thread. */
    private MapRenderer renderer(Dataset d) {
        MapRenderer r = renderer;
        if (r == null || rendererData != d) {
            r = new MapRenderer(d, BaseMapData.loadBundled(), provenance());
            renderer = r;
            rendererData = d;
        }
        return r;
    }

    private TaskRunner.Cancellable start(String name, TaskRunner.Work<String> work, Runnable done) {
        busy.set(true);
        status.set(name + "…");
        TaskRunner.Cancellable[] handle = new TaskRunner.Cancellable[1];
        working.incrementAndGet();
        TaskRunner.Work<String> counted = p -> {
            try {
                return work.call(p);
            } finally {
                working.decrementAndGet();
            }
        };
        handle[0] = tasks.run(name, counted, s -> {
            busy.set(false);
            status.set(s);
            done.run();
        }, e -> {
            busy.set(false);
            status.set(e instanceof java.util.concurrent.CancellationException ? name + ": cancelled"
                    : name + " failed: " + message(e));
            done.run();
        });
        return new TaskRunner.Cancellable() {
            @Override
            public void cancel() {
                handle[0].cancel();
                busy.set(false);
                status.set(name + ": cancelled");
                done.run();
            }

            @Override
            public boolean isCancelled() {
                return handle[0].isCancelled();
            }
        };
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The lon/lat box a map view shows: centre, Gluon zoom level (256-pixel tiles) and size in pixels. */
    public static Envelope viewBox(double lat, double lon, double zoom, double width, double height) {
        double res = org.sitmap.basemap.WebMercator.resolution(0) / Math.pow(2, zoom);
        double cx = org.sitmap.basemap.WebMercator.x(lon), cy = org.sitmap.basemap.WebMercator.y(lat);
        double hw = width / 2 * res, hh = height / 2 * res;
        return new Envelope(org.sitmap.basemap.WebMercator.lon(cx - hw), org.sitmap.basemap.WebMercator.lon(cx + hw),
                org.sitmap.basemap.WebMercator.lat(cy - hh), org.sitmap.basemap.WebMercator.lat(cy + hh));
    }
}
