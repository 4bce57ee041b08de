package org.sitmap.ui.edit;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.LocalityKind;
import org.sitmap.edit.EditProblem;
import org.sitmap.edit.EditProblem.Field;
import org.sitmap.edit.EditRules;
import org.sitmap.edit.LocalityDraft;

/**
 * The form for a new place, opened from a map click: names in English and Arabic, kind, population if known, and
 * where the coordinates come from (a GeoNames record, a page stating them, or an estimate from the map with its
 * error). Save stays disabled while the rules find a problem.
 */
public final class LocalityForm {
    private final EditViewModel vm;
    private final EditRules rules;
    private final Stage stage = new Stage();
    private final TextField nameEn = new TextField();
    private final TextField nameAr = new TextField();
    private final ChoiceBox<LocalityKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(LocalityKind.values()));
    private final TextField governorate = new TextField();
    private final TextField lat = new TextField();
    private final TextField lon = new TextField();
    private final ChoiceBox<CoordinateSource> provenance = new ChoiceBox<>(FXCollections.observableArrayList(CoordinateSource.values()));
    private final TextField geonamesId = new TextField();
    private final TextField reference = new TextField();
    private final TextField errorKm = new TextField("1");
    private final TextField population = new TextField();
    private final FieldProblem nameEnProblem = new FieldProblem("nameEnProblem");
    private final FieldProblem nameArProblem = new FieldProblem("nameArProblem");
    private final FieldProblem positionProblem = new FieldProblem("positionProblem");
    private final FieldProblem referenceProblem = new FieldProblem("coordRefProblem");
    private final FieldProblem errorProblem = new FieldProblem("coordErrorProblem");
    private final FieldProblem populationProblem = new FieldProblem("populationProblem");
    private final Button save = new Button("Save");

    public LocalityForm(EditViewModel vm, GeoPoint at, Window owner) {
        this.vm = vm;
        this.rules = vm.rules();
        nameEn.setId("nameEnField");
        nameAr.setId("nameArField");
        nameAr.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        kind.setId("localityKindField");
        kind.setValue(LocalityKind.VILLAGE);
        governorate.setId("governorateField");
        lat.setId("latField");
        lon.setId("lonField");
        if (at != null) {
            lat.setText(String.format(Locale.ROOT, "%.5f", at.lat()));
            lon.setText(String.format(Locale.ROOT, "%.5f", at.lon()));
        }
        provenance.setId("coordSourceField");
        provenance.setValue(CoordinateSource.APPROXIMATE);
        geonamesId.setId("geonamesField");
        reference.setId("coordRefField");
        reference.setText("estimated from the map");
        errorKm.setId("coordErrorField");
        population.setId("populationField");
        population.setPromptText("if known");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name (English)"), new VBox(nameEn, nameEnProblem));
        grid.addRow(1, new Label("Name (Arabic)"), new VBox(nameAr, nameArProblem));
        grid.addRow(2, new Label("Kind"), kind);
        grid.addRow(3, new Label("Governorate"), governorate);
        grid.addRow(4, new Label("Position"), new VBox(new HBox(8, lat, lon), positionProblem));
        grid.addRow(5, new Label("Coordinates from"), provenance);
        grid.addRow(6, new Label("GeoNames id"), geonamesId);
        grid.addRow(7, new Label("Page URL or basis"), new VBox(reference, referenceProblem));
        grid.addRow(8, new Label("Error (km)"), new VBox(errorKm, errorProblem));
        grid.addRow(9, new Label("Population"), new VBox(population, populationProblem));
        save.setId("saveLocalityButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            LocalityDraft d = draft();
            if (d == null || !rules.checkLocality(d).isEmpty()) return;
            save.setDisable(true);
            vm.addLocality(d, id -> stage.close());
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label message = new Label();
        message.getStyleClass().add(FieldProblem.STYLE_CLASS);
        message.textProperty().bind(vm.messageProperty());
        VBox root = new VBox(8, grid, message, new HBox(8, save, cancel));
        root.getStyleClass().add("edit-form");
        root.setId("localityForm");
        Scene scene = new Scene(root, 560, 520);
        scene.getStylesheets().add(LocalityForm.class.getResource("/org/sitmap/ui/edit/edit.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Add a place");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        InvalidationListener check = o -> check();
        for (TextField f : List.of(nameEn, nameAr, governorate, lat, lon, geonamesId, reference, errorKm, population)) f.textProperty().addListener(check);
        kind.valueProperty().addListener(check);
        provenance.valueProperty().addListener(o -> {
            if (provenance.getValue() != CoordinateSource.APPROXIMATE && reference.getText().equals("estimated from the map")) reference.setText("");
            check();
        });
        check();
    }

    /** The draft, or null while a number does not parse (the problem is shown). */
    private LocalityDraft draft() {
        GeoPoint p;
        try {
            p = new GeoPoint(Double.parseDouble(lat.getText().strip()), Double.parseDouble(lon.getText().strip()));
        } catch (IllegalArgumentException e) {
            p = null;
        }
        Long gn = parseLong(geonamesId.getText());
        Long pop = parseLong(population.getText());
        double err;
        try {
            err = errorKm.getText().isBlank() ? 0 : Double.parseDouble(errorKm.getText().strip());
        } catch (NumberFormatException e) {
            err = -1;
        }
        return new LocalityDraft(nameEn.getText(), nameAr.getText(), kind.getValue(), governorate.getText(), p,
                provenance.getValue(), provenance.getValue() == CoordinateSource.GEONAMES && gn != null ? String.valueOf(gn) : reference.getText(),
                err, gn, pop);
    }

    private static Long parseLong(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private void check() {
        List<EditProblem> problems = rules.checkLocality(draft());
        nameEnProblem.say(first(problems, Field.NAME_EN));
        nameArProblem.say(first(problems, Field.NAME_AR));
        positionProblem.say(first(problems, Field.POSITION));
        referenceProblem.say(first(problems, Field.COORD_REF));
        errorProblem.say(first(problems, Field.COORD_ERROR));
        populationProblem.say(first(problems, Field.POPULATION));
        save.setDisable(!problems.isEmpty());
    }

    private static String first(List<EditProblem> problems, Field f) {
        return problems.stream().filter(p -> p.field() == f).map(EditProblem::message).findFirst().orElse(null);
    }

    public void show() {
        stage.show();
    }
}
