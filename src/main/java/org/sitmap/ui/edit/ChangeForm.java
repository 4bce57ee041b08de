package org.sitmap.ui.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;
import org.sitmap.domain.Locality;
import org.sitmap.edit.AlternativeChoice;
import org.sitmap.edit.ChangeDraft;
import org.sitmap.edit.CitationDraft;
import org.sitmap.edit.EditProblem;
import org.sitmap.edit.EditProblem.Field;
import org.sitmap.edit.EditRules;

/**
 * The form for a control change: add one (for a place, or the place nearest a map click), edit one of the user's,
 * or correct a built-in one. Save stays disabled while the {@link EditRules} find a problem; each problem is shown
 * beside its field. When the change disagrees with a stored claim the form says so and asks which one the map uses.
 */
public final class ChangeForm {
    /** What saving does. */
    public enum Mode { ADD, EDIT, CORRECT }

    private final EditViewModel vm;
    private final EditRules rules;
    private final Mode mode;
    private final String rowId;
    private final Stage stage = new Stage();
    private final ComboBox<Locality> place = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final ChoiceBox<ChangeKind> kind = new ChoiceBox<>();
    private final ChoiceBox<Confidence> confidence = new ChoiceBox<>();
    private final TextArea note = new TextArea();
    private final CheckBox extendRange = new CheckBox();
    private final CitationEditor citation;
    private final List<Citation> furtherCitations = new ArrayList<>();
    private final VBox alternativeBox = new VBox(4);
    private final Label alternativeText = new Label();
    private final ChoiceBox<AlternativeChoice> alternative = new ChoiceBox<>();
    private final FieldProblem placeProblem = new FieldProblem("placeProblem");
    private final FieldProblem dateProblem = new FieldProblem("dateProblem");
    private final FieldProblem timeProblem = new FieldProblem("timeProblem");
    private final FieldProblem fromProblem = new FieldProblem("fromProblem");
    private final FieldProblem toProblem = new FieldProblem("toProblem");
    private final FieldProblem kindProblem = new FieldProblem("kindProblem");
    private final FieldProblem citationsProblem = new FieldProblem("citationsProblem");
    private final FieldProblem alternativeProblem = new FieldProblem("alternativeProblem");
    private final Label formMessage = new Label();
    private final Button save = new Button("Save");

    private ChangeForm(EditViewModel vm, EditRules rules, Mode mode, String rowId, Window owner) {
        this.vm = vm;
        this.rules = rules;
        this.mode = mode;
        this.rowId = rowId;
        Dataset d = rules.dataset();
        citation = new CitationEditor(d.sources().stream().sorted(Comparator.comparing(s -> s.outlet().toLowerCase(Locale.ROOT))).toList());

        place.setId("placeField");
        place.setItems(FXCollections.observableArrayList(d.localities().stream()
                .sorted(Comparator.comparing(l -> l.nameEn().toLowerCase(Locale.ROOT))).toList()));
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locality l) {
                return l == null ? "" : l.nameEn() + (l.nameAr().isEmpty() ? "" : " · " + l.nameAr()) + " (" + l.id() + ")";
            }

            @Override
            public Locality fromString(String s) {
                return null;
            }
        });
        date.setId("dateField");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("YYYY-MM-DD");
        time.setId("timeField");
        time.setPromptText("HH:MM, if the report gives one");
        List<String> holders = d.factions().stream().filter(Faction::holdsGround).map(Faction::id).toList();
        from.setId("fromField");
        from.setItems(FXCollections.observableArrayList(holders));
        from.setPromptText("who held it before (default: as stored)");
        to.setId("toField");
        to.setItems(FXCollections.observableArrayList(holders));
        kind.setId("kindField");
        kind.setItems(FXCollections.observableArrayList(ChangeKind.CAPTURED, ChangeKind.CLAIMED, ChangeKind.CONTESTED,
                ChangeKind.WITHDRAWN, ChangeKind.HANDED_OVER));
        kind.setValue(ChangeKind.CAPTURED);
        confidence.setId("confidenceField");
        confidence.setItems(FXCollections.observableArrayList(Confidence.values()));
        confidence.setValue(Confidence.MEDIUM);
        note.setId("noteField");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        extendRange.setId("extendRangeBox");
        extendRange.setText("I am extending the dataset past " + rules.lastDay());

        alternative.setId("alternativeChoice");
        alternative.setItems(FXCollections.observableArrayList(AlternativeChoice.values()));
        alternative.setConverter(new StringConverter<>() {
            @Override
            public String toString(AlternativeChoice c) {
                if (c == null) return "";
                return switch (c) {
                    case USE_NEW -> "The map uses mine; the stored one stays as an alternative";
                    case KEEP_STORED -> "The map keeps the stored one; mine is an alternative";
                    case BOTH -> "Both: they are different changes";
                };
            }

            @Override
            public AlternativeChoice fromString(String s) {
                return null;
            }
        });
        alternativeText.setWrapText(true);
        alternativeBox.setId("alternativeBox");
        alternativeBox.getStyleClass().add("alternative-claim");
        alternativeBox.getChildren().addAll(alternativeText, alternative, alternativeProblem);
        alternativeBox.managedProperty().bind(alternativeBox.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Place"), new VBox(place, placeProblem));
        grid.addRow(row++, new Label("Date"), new VBox(new HBox(8, date, time), dateProblem, timeProblem, extendRange));
        grid.addRow(row++, new Label("From"), new VBox(from, fromProblem));
        grid.addRow(row++, new Label("New holder"), new VBox(to, toProblem));
        grid.addRow(row++, new Label("Kind"), new VBox(new HBox(8, kind, new Label("Confidence"), confidence), kindProblem));
        grid.addRow(row, new Label("Note"), note);
        Label sourceTitle = new Label("Source");
        sourceTitle.getStyleClass().add("form-section");

        save.setId("saveButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        formMessage.setId("formMessage");
        formMessage.getStyleClass().add(FieldProblem.STYLE_CLASS);
        formMessage.setWrapText(true);
        formMessage.textProperty().bind(vm.messageProperty());

        VBox content = new VBox(8, grid, alternativeBox, sourceTitle, citation, citationsProblem, formMessage, new HBox(8, save, cancel));
        content.getStyleClass().add("edit-form");
        content.setPadding(new Insets(12));
        content.setId("changeForm");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 620, 760);
        scene.getStylesheets().add(ChangeForm.class.getResource("/org/sitmap/ui/edit/edit.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(switch (mode) {
            case ADD -> "Record a control change";
            case EDIT -> "Edit your control change " + rowId;
            case CORRECT -> "Correct built-in control change " + rowId;
        });
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }

        InvalidationListener check = o -> check();
        for (var p : List.of(place.valueProperty(), date.valueProperty(), time.textProperty(), from.valueProperty(),
                to.valueProperty(), kind.valueProperty(), confidence.valueProperty(), extendRange.selectedProperty(),
                alternative.valueProperty())) p.addListener(check);
        date.getEditor().textProperty().addListener(o -> {
            try {
                date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // half-typed date: the rules report the missing date until it parses
            }
        });
        citation.onChange(check);
    }

    /** A form to record a change at {@code place} (may be null) on {@code day}. */
    public static ChangeForm add(EditViewModel vm, Locality place, LocalDate day, Window owner) {
        ChangeForm f = new ChangeForm(vm, vm.rules(), Mode.ADD, null, owner);
        if (place != null) f.place.setValue(f.place.getItems().stream().filter(l -> l.id().equals(place.id())).findFirst().orElse(null));
        f.date.setValue(day);
        f.check();
        return f;
    }

    /** A form to edit the user's change or correct a built-in one, starting from its values. */
    public static ChangeForm revise(EditViewModel vm, ControlChange c, Window owner) {
        boolean own = org.sitmap.domain.RowKind.isUserId(c.id());
        ChangeForm f = new ChangeForm(vm, vm.rules(), own ? Mode.EDIT : Mode.CORRECT, c.id(), owner);
        f.place.setValue(f.place.getItems().stream().filter(l -> l.id().equals(c.localityId())).findFirst().orElse(null));
        f.date.setValue(c.when().date());
        if (c.when().time() != null) f.time.setText(c.when().time().toString());
        f.from.setValue(c.from());
        f.to.setValue(c.to());
        if (c.kind() != ChangeKind.STATUS_QUO) f.kind.setValue(c.kind());
        f.confidence.setValue(c.confidence());
        f.note.setText(c.note());
        if (!c.citations().isEmpty()) {
            f.citation.cite(c.citations().get(0).sourceId(), c.citations().get(0).excerpt());
            f.furtherCitations.addAll(c.citations().subList(1, c.citations().size()));
        }
        f.check();
        return f;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private ChangeDraft draft() {
        LocalTime t = null;
        String typed = time.getText().strip();
        if (!typed.isEmpty()) {
            try {
                t = LocalTime.parse(typed);
            } catch (DateTimeParseException e) {
                t = null;
            }
        }
        List<CitationDraft> cites = new ArrayList<>();
        cites.add(citation.draft());
        furtherCitations.forEach(c -> cites.add(CitationDraft.existing(c.sourceId(), c.excerpt())));
        Locality l = place.getValue();
        return new ChangeDraft(l == null ? null : l.id(), date.getValue(), t, null, from.getValue(), to.getValue(),
                kind.getValue(), confidence.getValue(), note.getText(), cites, extendRange.isSelected());
    }

    private void check() {
        ChangeDraft d = draft();
        List<EditProblem> problems = new ArrayList<>(rules.checkChange(d));
        if (!time.getText().isBlank() && d.time() == null) problems.add(new EditProblem(Field.TIME, -1, "write the time as HH:MM"));
        placeProblem.say(first(problems, Field.PLACE));
        dateProblem.say(first(problems, Field.DATE));
        timeProblem.say(first(problems, Field.TIME));
        fromProblem.say(first(problems, Field.FROM));
        toProblem.say(first(problems, Field.TO));
        kindProblem.say(first(problems, Field.KIND));
        citationsProblem.say(first(problems, Field.CITATIONS));
        citation.show(problems, 0);
        boolean late = d.date() != null && d.date().isAfter(rules.lastDay()) && !d.date().isAfter(rules.today());
        extendRange.setVisible(late);
        extendRange.setManaged(late);

        List<ControlChange> alternatives = rules.alternativesTo(d, mode == Mode.ADD ? null : rowId);
        alternativeBox.setVisible(!alternatives.isEmpty());
        boolean needsChoice = !alternatives.isEmpty() && mode == Mode.ADD;
        alternative.setVisible(needsChoice);
        alternative.setManaged(needsChoice);
        if (!alternatives.isEmpty()) {
            ControlChange a = alternatives.get(0);
            alternativeText.setText("This disagrees with " + a.id() + ": " + a.from() + " → " + a.to() + " on " + a.when()
                    + (alternatives.size() > 1 ? " (and " + (alternatives.size() - 1) + " more)" : "")
                    + (needsChoice ? ". Which one does the map use?" : "."));
        }
        alternativeProblem.say(needsChoice && alternative.getValue() == null ? "choose which claim the map uses" : null);
        boolean blocked = !problems.isEmpty() || (needsChoice && alternative.getValue() == null);
        save.setDisable(blocked);
    }

    private static String first(List<EditProblem> problems, Field field) {
        return problems.stream().filter(p -> p.citation() < 0 && p.field() == field).map(EditProblem::message).findFirst().orElse(null);
    }

    private void save() {
        if (save.isDisabled()) return;
        ChangeDraft d = draft();
        save.setDisable(true);
        java.util.function.Consumer<String> done = id -> stage.close();
        switch (mode) {
            case ADD -> vm.addChange(d, alternative.getValue() == null ? AlternativeChoice.BOTH : alternative.getValue(), done);
            case EDIT -> vm.editChange(rowId, d, done);
            case CORRECT -> vm.correctChange(rowId, d, done);
        }
        vm.busyProperty().addListener((o, was, now) -> {
            if (!now && stage.isShowing()) check();
        });
    }
}
