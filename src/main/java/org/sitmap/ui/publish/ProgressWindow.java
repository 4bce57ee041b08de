package org.sitmap.ui.publish;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.task.TaskRunner;

/** A small window showing an export's progress, with a Cancel button that stops it. */
final class ProgressWindow {
    private final Stage stage = new Stage();

    ProgressWindow(Window owner, String title, ObservableDoubleValue progress, ObservableStringValue message) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(progress);
        Label text = new Label();
        text.textProperty().bind(message);
        Button cancel = new Button("Cancel");
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (handle != null) handle.cancel();
            stage.close();
        });
        VBox box = new VBox(10, new Label(title), bar, text, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
    }

    private TaskRunner.Cancellable handle;

    /** Shows the window for the task behind {@code h}; it closes when {@link #close()} is called or on Cancel. */
    void show(TaskRunner.Cancellable h) {
        this.handle = h;
        stage.show();
    }

    void close() {
        stage.close();
    }
}
