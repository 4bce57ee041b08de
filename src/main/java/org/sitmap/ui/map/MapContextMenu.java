package org.sitmap.ui.map;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.sitmap.domain.DayRange;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.ui.common.CoordinateFormat;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.UiDates;

/**
 * The map's right-click menu for the clicked point: copy its coordinates (degrees or MGRS), and "what was here on…",
 * which moves the timeline to a chosen day and selects the point.
 */
final class MapContextMenu {
    private final SituationViewModel situation;

    MapContextMenu(SituationViewModel situation) {
        this.situation = situation;
    }

    /** Shows the menu for {@code p} at screen position ({@code x}, {@code y}). */
    void show(Node owner, GeoPoint p, double x, double y) {
        String degrees = CoordinateFormat.degrees(p), mgrs = CoordinateFormat.mgrs(p);
        MenuItem copyDegrees = new MenuItem("Copy coordinates  " + degrees);
        copyDegrees.setId("copyCoordinates");
        copyDegrees.setOnAction(e -> copy(degrees));
        MenuItem copyMgrs = new MenuItem("Copy MGRS  " + mgrs);
        copyMgrs.setId("copyMgrs");
        copyMgrs.setOnAction(e -> copy(mgrs));
        MenuItem whatWasHere = new MenuItem("What was here on…");
        whatWasHere.setId("whatWasHere");
        whatWasHere.setOnAction(e -> askDay(owner).ifPresent(day -> {
            situation.instantProperty().set(ReportedTime.endOfDay(day));
            situation.selectPoint(p);
        }));
        whatWasHere.setDisable(situation.datasetProperty().get() == null);
        ContextMenu menu = new ContextMenu(copyDegrees, copyMgrs, new SeparatorMenuItem(), whatWasHere);
        menu.setId("mapContextMenu");
        menu.show(owner, x, y);
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private Optional<LocalDate> askDay(Node owner) {
        DayRange period = situation.datasetProperty().get().period().orElse(null);
        if (period == null) return Optional.empty();
        DatePicker picker = new DatePicker(ReportedTime.localDate(situation.instantProperty().get()));
        picker.setId("whatWasHereDate");
        picker.setConverter(UiDates.converter());
        Dialog<LocalDate> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle("What was here on…");
        d.setHeaderText("Day (" + UiDates.day(period.first()) + " to " + UiDates.day(period.last()) + ")");
        d.getDialogPane().setContent(picker);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? picker.getValue() : null);
        return d.showAndWait().map(day -> day.isBefore(period.first()) ? period.first() : day.isAfter(period.last()) ? period.last() : day);
    }
}
