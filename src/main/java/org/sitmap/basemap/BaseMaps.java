package org.sitmap.basemap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import org.sitmap.platform.AppPaths;
import org.sitmap.platform.Settings;
import java.io.IOException;
import org.sitmap.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base map as the application sees it: the active tile source (offline by default, or an opt-in online or
 * user-supplied source), its attribution, and the appearance of the offline tiles. The UI calls
 * {@link #select(BaseMapChoice)}, {@link #setAppearance(TileStyle, LabelLanguage)} and {@link #attribution()};
 * Gluon Maps reaches the tiles through the UI's {@code OfflineTileRetriever}. Thread-safe.
 */
public final class BaseMaps {
    private static final Logger LOG = LoggerFactory.getLogger(BaseMaps.class);
    private static volatile BaseMaps installed;

    private final Path cacheDir;
    private final Settings settings;
    private final TaskRunner runner;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> failureListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failureReported = new AtomicBoolean();
    private final AtomicLong failures = new AtomicLong();
    private volatile BaseMapData data;
    private volatile TileStyle style;
    private volatile LabelLanguage language;
    private volatile boolean syrianPlaces;
    private volatile Active active;

    private record Active(BaseMapChoice choice, TileSource source) {
    }

    BaseMaps(Path cacheDir, Settings settings, TaskRunner runner, BaseMapData data) {
        this.cacheDir = cacheDir;
        this.settings = settings;
        this.runner = runner;
        this.data = data;
        this.style = TileStyle.forTheme(settings.get(Settings.THEME, "light"));
        this.language = LabelLanguage.parse(settings.get(Settings.LABELS, "en"));
        BaseMapChoice choice = BaseMapChoice.from(settings);
        TileSource source;
        try {
            source = open(choice);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Base map {} unavailable, showing the offline map instead", choice, e);
            choice = BaseMapChoice.OFFLINE;
            source = null;
        }
        this.active = new Active(choice, source);
    }

    /**
     * Sets up the base map for the application from the saved settings and makes it the one Gluon Maps' tiles
     * come from. Call once, before the first {@code MapView} is shown. Loading the data happens on first use, in
     * the background.
     */
    public static BaseMaps install(AppPaths paths, Settings settings, TaskRunner runner) {
        BaseMaps maps = new BaseMaps(paths.cache().resolve("tiles"), settings, runner, null);
        installed = maps;
        return maps;
    }

    /** Installs with the base map's own worker pool, so drawing tiles never queues behind the app's other work. */
    public static BaseMaps install(AppPaths paths, Settings settings) {
        return install(paths, settings, new PoolTaskRunner());
    }

    /** The installed base map, or empty before {@link #install}. */
    public static Optional<BaseMaps> installed() {
        return Optional.ofNullable(installed);
    }

    public TaskRunner runner() {
        return runner;
    }

    /** The active choice. */
    public BaseMapChoice choice() {
        return active.choice();
    }

    /**
     * Switches the source and saves the setting. Listeners are told, so the UI can reload tiles and the credit.
     *
     * @throws IOException if a chosen MBTiles file cannot be opened (the previous source stays active)
     * @throws IllegalArgumentException if an XYZ template is malformed
     */
    public void select(BaseMapChoice choice) throws IOException {
        TileSource source = open(choice);
        Active old = active;
        active = new Active(choice, source);
        if (old.source() != null) old.source().close();
        choice.storeIn(settings);
        settings.save();
        failureReported.set(false);
        fireChanged();
    }

    /** Changes the offline tiles' colours and label language (e.g. on a theme or language switch). */
    public void setAppearance(TileStyle newStyle, LabelLanguage newLanguage) {
        setAppearance(newStyle, newLanguage, syrianPlaces);
    }

    /**
     * Changes the offline tiles' colours and labels. {@code labelSyrianPlaces} is off by default because the map's
     * localities layer labels the places of the dataset; turn it on while that layer is hidden.
     */
    public synchronized void setAppearance(TileStyle newStyle, LabelLanguage newLanguage, boolean labelSyrianPlaces) {
        if (newStyle.equals(style) && newLanguage == language && labelSyrianPlaces == syrianPlaces) return;
        style = newStyle;
        language = newLanguage;
        syrianPlaces = labelSyrianPlaces;
        Active a = active;
        if (a.choice().kind() == BaseMapChoice.Kind.OFFLINE) {
            if (a.source() != null) a.source().close();
            active = new Active(a.choice(), null); // reopened lazily with the new cache id
        }
        fireChanged();
    }

    /** The credit line for the active source; show it on the map at all times. */
    public String attribution() {
        Active a = active;
        return a.choice().kind() == BaseMapChoice.Kind.OFFLINE ? OfflineTileSource.ATTRIBUTION : a.source().attribution();
    }

    /** Runs {@code listener} (on the changing thread) whenever the source or appearance changes. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Runs {@code listener} (on a tile worker thread) with a sentence for the user the first time tiles of an online
     * or user-supplied source cannot be had after it was selected: no network, a server error, an unreadable file.
     */
    public void addFailureListener(Consumer<String> listener) {
        failureListeners.add(listener);
    }

    private void fireChanged() {
        for (Runnable r : listeners) r.run();
    }

    /**
     * The tile's bytes from the active source; empty if it has none or failed (failures are logged, not thrown,
     * because one missing tile must not disturb the map). Blocks: call from a background thread.
     */
    public Optional<byte[]> tile(TileKey key) {
        try {
            return source().tile(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            long n = failures.incrementAndGet();
            if (n == 1 || n % 100 == 0) LOG.warn("Tile {} unavailable ({} failures so far): {}", key, n, e.toString());
            BaseMapChoice choice = active.choice();
            if (choice.kind() != BaseMapChoice.Kind.OFFLINE && !failureReported.getAndSet(true)) {
                String where = choice.kind() == BaseMapChoice.Kind.MBTILES ? choice.location() : hostOf(
                        choice.kind() == BaseMapChoice.Kind.OPENSTREETMAP ? XyzTileSource.OSM_TEMPLATE : choice.location());
                String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
                failureListeners.forEach(l -> l.accept("Map tiles cannot be fetched from " + where + " (" + why + ")."));
            }
            return Optional.empty();
        }
    }

    private TileSource source() throws IOException {
        Active a = active;
        if (a.source() != null) return a.source();
        synchronized (this) {
            a = active;
            if (a.source() != null) return a.source();
            TileSource offline = openOffline();
            active = new Active(a.choice(), offline);
            return offline;
        }
    }

    private TileSource open(BaseMapChoice choice) throws IOException {
        return switch (choice.kind()) {
            case OFFLINE -> null; // opened lazily: loading the data takes a moment
            case OPENSTREETMAP -> XyzTileSource.openStreetMap();
            case XYZ -> new XyzTileSource(choice.location(), "Tiles: " + hostOf(choice.location()));
            case MBTILES -> MbtilesTileSource.open(Path.of(choice.location()));
        };
    }

    private synchronized TileSource openOffline() throws IOException {
        if (data == null) data = BaseMapData.loadBundled();
        TileRenderer renderer = new TileRenderer(data, style, language, syrianPlaces);
        return new OfflineTileSource(renderer, MbtilesTileCache.open(cacheDir, renderer.cacheId()));
    }

    private static String hostOf(String template) {
        try {
            String host = java.net.URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")).getHost();
            return host == null ? template : host;
        } catch (IllegalArgumentException e) {
            return template;
        }
    }
}
