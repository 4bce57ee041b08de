package org.sitmap.ui;

import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ReportedTime;
import org.sitmap.io.DataFiles;
import org.sitmap.store.BuiltinDataLoader;
import org.sitmap.store.SituationStore;
import org.sitmap.store.SqliteSituationStore;
import org.sitmap.task.TaskRunner;

/**
 * The application's shared state: the loaded dataset and the instant the user is looking at. Loading happens in
 * the background through the {@link TaskRunner}; properties change on the FX thread only.
 */
public final class SituationViewModel {
    /** The status quo the dataset opens with: the end of 26 November 2024, Syria time. */
    public static final Instant FIRST_RUN_INSTANT = ReportedTime.endOfDay(java.time.LocalDate.of(2024, 11, 26));

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ControlTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Instant> instant = new SimpleObjectProperty<>(FIRST_RUN_INSTANT);

    public SituationViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Opens the database at {@code db}, brings its built-in part up to date, and loads everything. */
    public void load(Path db, DataFiles builtin) {
        loading.set(true);
        tasks.run("Preparing the database", progress -> {
            try (SituationStore store = SqliteSituationStore.open(db)) {
                new BuiltinDataLoader().ensureCurrent(store, builtin);
                Dataset d = store.load();
                return new Loaded(d, new ControlTimeline(d));
            }
        }, loaded -> {
            timeline.set(loaded.timeline());
            dataset.set(loaded.dataset());
            loading.set(false);
        }, failure -> {
            loading.set(false);
            error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        });
    }

    private record Loaded(Dataset dataset, ControlTimeline timeline) {
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ControlTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A user-facing message when loading failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The instant shown on the map and used to filter events. */
    public ObjectProperty<Instant> instantProperty() {
        return instant;
    }
}
