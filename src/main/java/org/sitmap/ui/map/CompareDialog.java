package org.sitmap.ui.map;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitmap.ui.common.UiDates;
import javafx.stage.Window;
import org.sitmap.domain.ReportedTime;

/** Asks for the other date of a comparison, within the dataset's period. */
public final class CompareDialog {
    private CompareDialog() {
    }

    /** The end of the chosen day, or empty when cancelled. */
    public static Optional<Instant> ask(Window owner, LocalDate first, LocalDate last, Instant now) {
        Dialog<Instant> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Compare with another date");
        LocalDate today = ReportedTime.localDate(now.minusSeconds(1));
        d.setHeaderText("Show what changed hands between " + UiDates.day(today) + " and:");
        DatePicker picker = new DatePicker(today.equals(first) ? last : first);
        picker.setId("compareDate");
        picker.setConverter(UiDates.converter());
        picker.setPromptText(UiDates.day(first));
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isBefore(first) || date.isAfter(last));
            }
        });
        Label help = new Label("Areas taken are filled and outlined on the map in the taker's colour; km² per faction in the panel.");
        help.setId("compareHelp");
        help.setWrapText(true);
        help.setPrefWidth(380);
        help.setMinHeight(Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(new VBox(8, picker, help));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK && picker.getValue() != null ? ReportedTime.endOfDay(picker.getValue()) : null);
        return d.showAndWait();
    }
}
