package org.sitmap.ui.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Event;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ReportedTime;
import org.sitmap.geo.ZoneEngine;
import org.sitmap.geo.ZoneSnapshotCache;
import org.sitmap.store.SituationService;
import org.sitmap.store.StoreException;
import org.sitmap.store.StoreNotice;
import org.sitmap.task.TaskRunner;

/**
 * The application's shared state: the loaded dataset, its zone engine, the instant the user is looking at and the
 * current selection. Loading and zone computation happen in the background through the {@link TaskRunner};
 * properties change on the FX thread only.
 */
public final class SituationViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SituationViewModel.class);
    /** The instant before any data is loaded (or remembered): moved to the dataset's last day when it loads. */
    public static final Instant BEFORE_DATA = Instant.EPOCH;

    private final TaskRunner tasks;
    private final SituationService situation;
    private final Function<Dataset, ZoneEngine> engines;
    private final ZoneSnapshotCache openingZones;
    private ZoneEngine precomputing;
    /** Counts loads and replacements of the data: the events of an older load are dropped. */
    private long generation;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ControlTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ZoneEngine> zoneEngine = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper builtinHash = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);
    private final ObjectProperty<Instant> instant = new SimpleObjectProperty<>(BEFORE_DATA);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>();
    private final SelectionHistory history = new SelectionHistory();
    private final ReadOnlyObjectWrapper<FactionPalette> palette = new ReadOnlyObjectWrapper<>(FactionPalette.EMPTY);

    /** A view model loading from {@code situation}, its zones from {@link ZoneEngine#forDataset}. */
    public SituationViewModel(TaskRunner tasks, SituationService situation) {
        this(tasks, situation, ZoneEngine::forDataset);
    }

    /** A view model with its own zone engine factory (tests use a simple one). */
    public SituationViewModel(TaskRunner tasks, SituationService situation, Function<Dataset, ZoneEngine> engines) {
        this(tasks, situation, engines, null);
    }

    /**
     * A view model whose {@link #load()} opens on the zones kept in {@code openingZones} when they are those of the
     * loaded data, and keeps the zones it opened on there for the next start; null keeps nothing.
     */
    public SituationViewModel(TaskRunner tasks, SituationService situation, Function<Dataset, ZoneEngine> engines,
                              ZoneSnapshotCache openingZones) {
        this.tasks = tasks;
        this.situation = situation;
        this.engines = engines;
        this.openingZones = openingZones;
    }

    /**
     * Loads the situation in the background (the store's built-in part brought up to date first), then computes zones.
     * The worker that reads the data goes on to build the zone engine and the snapshots the window opens on, without
     * waiting for the FX thread (busy building the window at start-up): the first frame then shows zones as soon as
     * the window is up (issue 18, cold start).
     */
    public void load() {
        loading.set(true);
        long load = ++generation;
        Instant shown = instant.get();
        tasks.run("Preparing the database", progress -> {
            SituationService.Opening opening = situation.openForWindow();
            if (opening.pending() != null) return firstStart(opening.pending(), shown);
            SituationService.Opened opened = opening.opened();
            try {
                // The events (most of a large store) are not needed for the first frame with zones: read after it.
                Optional<Dataset> first = opened.store().loadWithoutEvents();
                Dataset d = first.isPresent() ? first.get() : opened.store().load();
                SituationService.Read read = new SituationService.Read(d, opened.builtin().hash(), opened.notices());
                Loaded loaded = new Loaded(read, prepareZones(d, openingInstant(d, shown)), first.isPresent() ? opened : null, null);
                if (first.isEmpty()) opened.close();
                return loaded;
            } catch (RuntimeException | StoreException e) {
                try {
                    opened.close();
                } catch (StoreException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }, loaded -> {
            SituationService.Read read = loaded.read();
            notices.setAll(read.notices().stream().map(StoreNotice::message).toList());
            if (read.builtinHash() != null) builtinHash.set(read.builtinHash());  // null until a first start reads all
            // The task that goes on after the first frame first keeps the opening zones for the next start.
            Runnable keep = () -> keepOpeningZones(read.dataset(), loaded.zones());
            // First, so the store is built whatever showing does, and before the tasks showing starts (they open
            // the store, and wait for it).
            if (loaded.storeToBuild() != null) buildStore(loaded.storeToBuild(), load, keep);
            show(read.dataset(), loaded.zones(), loaded.eventsToRead() == null && loaded.storeToBuild() == null);
            if (loaded.eventsToRead() != null) readEvents(loaded.eventsToRead(), load, keep);
            else if (loaded.storeToBuild() == null && openingZones != null) {
                tasks.run("Keeping the zones for the next start", progress -> {
                    keep.run();
                    return null;
                }, kept -> {
                }, failure -> {
                });
            }
        }, failure -> {
            loading.set(false);
            error.set("Could not open the situation database: " + message(failure)
                    + ". Details are in the log file; deleting sitmap.db rebuilds it from the built-in data.");
        });
    }

    /**
     * A first start: the built-in data but its events, read from its files, is shown with its zones at once; the
     * events are read and the store written after the first frame ({@link #buildStore}): at scale they take most of
     * the start (issue 18).
     */
    private Loaded firstStart(SituationService.PendingStore pending, Instant shown) throws StoreException {
        try {
            Optional<SituationService.Read> quick = pending.readWithoutEvents();
            SituationService.Read read = quick.isPresent() ? quick.get() : pending.read();
            Dataset d = read.dataset();
            return new Loaded(read, prepareZones(d, openingInstant(d, shown)), null, pending);
        } catch (StoreException | RuntimeException e) {
            pending.abandon();
            throw e;
        }
    }

    /**
     * Reads all the built-in data of a first start, shows it with its events, and writes it into the store. Loading
     * ends when it is written, whether or not this load is still the latest: the store must be built either way. One
     * task, not two: a second, queued once the events are shown, could wait behind tasks that wait for this store.
     */
    private void buildStore(SituationService.PendingStore pending, long load, Runnable keepOpeningZones) {
        tasks.run("Writing the database", progress -> {
            keepOpeningZones.run();
            SituationService.Read all;
            try {
                all = pending.read();
            } catch (StoreException | RuntimeException e) {
                pending.abandon();  // never built: the next opening tries again, and none waits for this one
                throw e;
            }
            FxTaskRunner.onFx(() -> {
                if (load != generation) return;
                builtinHash.set(all.builtinHash());
                // The events, unless already shown; loading goes on while the store is written.
                if (dataset.get() != all.dataset()) showData(all.dataset(), false);
            });
            try (SituationService.Opened built = pending.build()) {
                return built.builtin().hash();
            }
        }, hash -> {
            if (load == generation) loading.set(false);
        }, failure -> {
            if (load != generation) return;
            loading.set(false);
            error.set("The built-in data is shown but could not be written to the database: " + message(failure)
                    + ". Details are in the log file; the next start tries again.");
        });
    }

    /**
     * Reads everything from the store the first part came from, events included, and shows it unless the data was
     * replaced meanwhile (load {@code load} is no longer the latest). The zone engine stays: events do not change
     * zones. Closes the store.
     */
    private void readEvents(SituationService.Opened opened, long load, Runnable keepOpeningZones) {
        tasks.run("Reading events", progress -> {
            try (opened) {
                keepOpeningZones.run();
                return opened.store().load();
            }
        }, d -> {
            if (load != generation) return;
            showData(d);
        }, failure -> {
            if (load != generation) return;
            loading.set(false);
            error.set("Could not read the events: " + message(failure)
                    + ". Details are in the log file; deleting sitmap.db rebuilds it from the built-in data.");
        });
    }

    /**
     * What the loading worker hands over: the data, its zone engine or why there is none, the store to read the
     * events from when the data is everything but them, and the store to build on a first start (each else null).
     */
    private record Loaded(SituationService.Read read, PreparedZones zones, SituationService.Opened eventsToRead,
                          SituationService.PendingStore storeToBuild) {
    }

    /**
     * A zone engine whose snapshots at the opening instants (the opening instant and the day before) are computed,
     * or the failure.
     */
    private record PreparedZones(ZoneEngine engine, RuntimeException failure, List<Instant> opening) {
    }

    /** The snapshots the window shows first when it opens at {@code at}: that instant's, and the day before's for the legend's change. */
    static List<Instant> openingSnapshots(Instant at) {
        return List.of(at, at.minus(java.time.Duration.ofDays(1)));
    }

    /** Builds the engine and computes what the window shows first, on the calling (worker) thread. */
    private PreparedZones prepareZones(Dataset d, Instant at) {
        try {
            List<Instant> opening = openingSnapshots(at);
            // Kept from the last start when the data is the same: the real engine is then built after the first frame.
            ZoneEngine engine = openingZones == null ? engines.apply(d) : openingZones.engine(d, engines);
            for (Instant i : opening) engine.snapshotAt(i);
            return new PreparedZones(engine, null, opening);
        } catch (RuntimeException e) { // handled here: the data still loads, the window says zones failed
            LOG.error("Control zones could not be prepared", e);
            return new PreparedZones(null, e, List.of());
        }
    }

    /**
     * Keeps the zones the window opened on for the next start, on a worker after the first frame: hashing every row
     * for the file's key took 0.35-0.46 s of a scale-100 start, and writing the file more (issue 18, cold start).
     * Never fails: zones not kept are computed again at the next start.
     */
    private void keepOpeningZones(Dataset d, PreparedZones zones) {
        if (openingZones == null || zones.engine() == null) return;
        try {
            openingZones.store(d, zones.engine(), zones.opening().toArray(Instant[]::new));
        } catch (RuntimeException e) {
            LOG.warn("Zones not kept for the next start", e);
        }
    }

    /**
     * The instant the window shows once {@code d} is loaded, when it was at {@code now}: the dataset's last day the
     * first time, or when {@code now} lies outside the data's period (a reader wants today's map; Home goes back to
     * the start).
     */
    static Instant openingInstant(Dataset d, Instant now) {
        return d.period().map(p -> {
            java.time.LocalDate day = ReportedTime.localDate(now);
            return day.isBefore(p.first()) || day.isAfter(p.last()) ? ReportedTime.endOfDay(p.last()) : now;
        }).orElse(now);
    }

    /** Shows an already loaded dataset and computes its zones in the background. */
    public void setDataset(Dataset d) {
        generation++; // a load still reading its events must not replace this
        showData(d);
        // The engine answers at once for any instant (computing on demand); precomputing every change instant
        // afterwards makes scrubbing instant.
        tasks.run("Preparing control zones", progress -> engines.apply(d), this::showEngine, this::zonesFailed);
    }

    private void show(Dataset d, PreparedZones zones, boolean complete) {
        showData(d, complete);
        if (zones.engine() != null) showEngine(zones.engine());
        else zonesFailed(zones.failure());
    }

    private void showData(Dataset d) {
        showData(d, true);
    }

    /** {@code complete} false: {@code d} lacks the events, still being read; loading goes on. */
    private void showData(Dataset d, boolean complete) {
        timeline.set(new ControlTimeline(d));
        palette.set(FactionPalette.of(d));
        instant.set(openingInstant(d, instant.get()));
        dataset.set(d);
        loading.set(!complete);
    }

    private void showEngine(ZoneEngine engine) {
        zoneEngine.set(engine);
    }

    /**
     * Says that zones of the current engine are on screen: only then does precomputing every other snapshot start
     * (it makes scrubbing instant, and would only compete with the first frame for the processor). Later calls for
     * the same engine do nothing. FX thread.
     */
    public void zonesShown() {
        ZoneEngine engine = zoneEngine.get();
        if (engine == null || engine == precomputing) return;
        precomputing = engine;
        tasks.run("Computing control zones", progress -> {
            engine.precompute(progress);
            return engine;
        }, done -> { }, this::zonesFailed);
    }

    private void zonesFailed(Throwable failure) { // logged by the task runner, or by prepareZones
        error.set("Control zones could not be computed (" + message(failure) + "). Events and sources still work.");
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Selects an event: the timeline moves to its instant and the map to its place. */
    public void selectEvent(Event e) {
        Dataset d = dataset.get();
        GeoPoint at = d == null ? null : d.position(e).orElse(null);
        instant.set(e.when().instant());
        select(new Selection.Incident(e, at));
    }

    /** Selects a point of the map to explain who holds it. */
    public void selectPoint(GeoPoint p) {
        select(new Selection.Point(p));
    }

    /** Selects a locality to show its control history. */
    public void selectPlace(Locality l) {
        select(new Selection.Place(l));
    }

    public void clearSelection() {
        selection.set(null);
    }

    private void select(Selection s) {
        history.add(s);
        selection.set(s);
    }

    /** Goes back to the previous selection (an event's also moves the timeline back to it); does nothing at the start. */
    public void back() {
        history.back().ifPresent(this::restore);
    }

    /** Goes forward again after {@link #back()}; does nothing at the end. */
    public void forward() {
        history.forward().ifPresent(this::restore);
    }

    private void restore(Selection s) {
        if (s instanceof Selection.Incident i) instant.set(i.event().when().instant());
        selection.set(s);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** Faction names and colours of the loaded dataset (empty before loading). */
    public ReadOnlyObjectProperty<FactionPalette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ControlTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The zone engine once built (it may still be precomputing), else null. */
    public ReadOnlyObjectProperty<ZoneEngine> zoneEngineProperty() {
        return zoneEngine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * What the user should know about the database opened by {@link #load()}, one sentence each (a damaged file kept
     * aside, read-only, open in another Sitmap, built-in data not updated); empty when all is well.
     */
    public ObservableList<String> notices() {
        return noticesView;
    }

    /** Content hash of the built-in data the loaded situation holds (its version on exports); empty before loading. */
    public ReadOnlyStringProperty builtinHashProperty() {
        return builtinHash.getReadOnlyProperty();
    }

    /** A user-facing message when loading failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The instant shown on the map and used to filter events. */
    public ObjectProperty<Instant> instantProperty() {
        return instant;
    }

    /** The current selection, or null. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }
}
