package org.sitmap.ui.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.UserRow;
import org.sitmap.edit.AlternativeChoice;
import org.sitmap.edit.ChangeDraft;
import org.sitmap.edit.EditRejectedException;
import org.sitmap.edit.EditRules;
import org.sitmap.edit.EditService;
import org.sitmap.edit.EventDraft;
import org.sitmap.edit.LocalityDraft;
import org.sitmap.store.SituationStore;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.SituationViewModel;
import org.slf4j.LoggerFactory;

/**
 * The user's editing commands for the window: each runs through the task runner on one {@link EditService}, then
 * reloads the situation from the store so zones, legend, timeline ticks and histogram show the edit at once.
 * Properties change on the FX thread only.
 */
public final class EditViewModel {
    private final TaskRunner tasks;
    private final SituationViewModel situation;
    private final Callable<SituationStore> opener;
    private final Supplier<String> author;
    private final Clock clock;
    private EditService service; // guarded by this; created on first use, on a worker thread
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<EditRecord> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, UserRow>> userRows = new ReadOnlyObjectWrapper<>(Map.of());

    /**
     * @param opener opens the store the edits go to (called once, off the FX thread)
     * @param author the author name from the settings
     */
    public EditViewModel(TaskRunner tasks, SituationViewModel situation, Callable<SituationStore> opener,
                         Supplier<String> author, Clock clock) {
        this.tasks = tasks;
        this.situation = situation;
        this.opener = opener;
        this.author = author;
        this.clock = clock;
    }

    /** The rules against the dataset now shown; for the forms, on the FX thread. Null before the data is loaded. */
    public EditRules rules() {
        Dataset d = situation.datasetProperty().get();
        return d == null ? null : new EditRules(d, LocalDate.now(clock.withZone(ReportedTime.SYRIA)));
    }

    public SituationViewModel situation() {
        return situation;
    }

    /** What one refresh after an edit brings back to the FX thread. */
    private record Refresh<T>(T result, Dataset dataset, List<EditRecord> history, List<UserRow> rows, boolean undo, boolean redo) {
    }

    private interface Op<T> {
        T run(EditService service) throws Exception;
    }

    private <T> void submit(String name, Op<T> op, Consumer<T> done) {
        busy.set(true);
        tasks.run(name, progress -> {
            synchronized (this) {
                if (service == null) service = new EditService(opener.call(), author, clock);
                T result = op.run(service);
                SituationStore store = service.store();
                return new Refresh<>(result, store.load(), store.history(), store.userRows(), service.canUndo(), service.canRedo());
            }
        }, r -> {
            busy.set(false);
            history.setAll(r.history());
            userRows.set(r.rows().stream().collect(Collectors.toUnmodifiableMap(UserRow::id, Function.identity())));
            canUndo.set(r.undo());
            canRedo.set(r.redo());
            message.set("");
            situation.setDataset(r.dataset());
            if (done != null) done.accept(r.result());
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof EditRejectedException)) LoggerFactory.getLogger(EditViewModel.class).warn("{} failed", name, failure);
            message.set(name + ": " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        });
    }

    /** Loads the history and the user's rows (the history view opens with them). */
    public void refresh() {
        submit("Reading your edits", s -> null, null);
    }

    public void addChange(ChangeDraft draft, AlternativeChoice choice, Consumer<String> saved) {
        submit("Saving the control change", s -> s.addChange(draft, choice), saved);
    }

    public void editChange(String userId, ChangeDraft draft, Consumer<String> saved) {
        submit("Saving the control change", s -> {
            s.editChange(userId, draft);
            return userId;
        }, saved);
    }

    public void correctChange(String builtinId, ChangeDraft draft, Consumer<String> saved) {
        submit("Saving your correction", s -> s.correctChange(builtinId, draft), saved);
    }

    public void addEvent(EventDraft draft, Consumer<String> saved) {
        submit("Saving the event", s -> s.addEvent(draft), saved);
    }

    public void editEvent(String id, EventDraft draft, Consumer<String> saved) {
        submit("Saving the event", s -> s.editEvent(id, draft), saved);
    }

    public void addLocality(LocalityDraft draft, Consumer<String> saved) {
        submit("Saving the place", s -> s.addLocality(draft), saved);
    }

    public void retract(String id, String reason) {
        submit("Retracting " + id, s -> s.retract(id, reason), null);
    }

    public void unretract(String userId) {
        submit("Restoring " + userId, s -> {
            s.unretract(userId);
            return null;
        }, null);
    }

    public void revert(String userId) {
        submit("Reverting " + userId, s -> {
            s.revert(userId);
            return null;
        }, null);
    }

    public void restoreVersion(EditRecord entry, boolean before) {
        submit("Restoring a version of " + entry.write().rowId(), s -> {
            s.restoreVersion(entry, before);
            return null;
        }, null);
    }

    public void undo() {
        if (canUndo.get()) submit("Undo", s -> {
            s.undo();
            return null;
        }, null);
    }

    public void redo() {
        if (canRedo.get()) submit("Redo", s -> {
            s.redo();
            return null;
        }, null);
    }

    /**
     * Writes the user's edits to {@code dir} in the format of {@code data/}, validated on top of {@code builtin}
     * first; {@code done} receives the outcome (written, or the problems and nothing written).
     */
    public void exportTo(java.nio.file.Path dir, Supplier<Dataset> builtin, Consumer<org.sitmap.edit.EditsFolder.Export> done) {
        busy.set(true);
        tasks.run("Exporting your edits", progress -> {
            synchronized (this) {
                if (service == null) service = new EditService(opener.call(), author, clock);
                return org.sitmap.edit.EditsFolder.export(service.store().userRows(), builtin.get(), dir);
            }
        }, export -> {
            busy.set(false);
            message.set("");
            done.accept(export);
        }, failure -> {
            busy.set(false);
            LoggerFactory.getLogger(EditViewModel.class).warn("Export failed", failure);
            message.set("Could not export your edits: " + failure.getMessage());
        });
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while an edit is being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last edit failed, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The edit history, oldest first, as of the last edit or refresh. */
    public ObservableList<EditRecord> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** The user's rows by id (retracted ones included), as of the last edit or refresh. */
    public ReadOnlyObjectProperty<Map<String, UserRow>> userRowsProperty() {
        return userRows.getReadOnlyProperty();
    }

    /** The user's correction of built-in row {@code builtinId}, or null. */
    public UserRow correctionOf(String builtinId) {
        return userRows.get().values().stream().filter(r -> r.overrides().equals(builtinId)).findFirst().orElse(null);
    }
}
