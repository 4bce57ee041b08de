package org.sitmap.ui.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import javafx.util.converter.LocalDateStringConverter;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.RowKind;
import org.sitmap.edit.CitationDraft;
import org.sitmap.edit.EditProblem;
import org.sitmap.edit.EditProblem.Field;
import org.sitmap.edit.EditRules;
import org.sitmap.edit.EventDraft;

/**
 * The form for an event: type, actors, place or coordinates, date, title, summary, fatalities and a citation. Adds
 * a new event, edits one of the user's, or corrects a built-in one. Save stays disabled while the rules find a problem.
 */
public final class EventForm {
    private final EditViewModel vm;
    private final EditRules rules;
    private final String rowId;
    private final Stage stage = new Stage();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final ChoiceBox<EventType> type = new ChoiceBox<>(FXCollections.observableArrayList(EventType.values()));
    private final ComboBox<Locality> place = new ComboBox<>();
    private final TextField lat = new TextField();
    private final TextField lon = new TextField();
    private final TextField actors = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField fatalities = new TextField();
    private final ChoiceBox<Confidence> confidence = new ChoiceBox<>(FXCollections.observableArrayList(Confidence.values()));
    private final CitationEditor citation;
    private final List<Citation> furtherCitations = new ArrayList<>();
    private final FieldProblem dateProblem = new FieldProblem("eventDateProblem");
    private final FieldProblem placeProblem = new FieldProblem("eventPlaceProblem");
    private final FieldProblem actorsProblem = new FieldProblem("actorsProblem");
    private final FieldProblem titleProblem = new FieldProblem("eventTitleProblem");
    private final FieldProblem citationsProblem = new FieldProblem("eventCitationsProblem");
    private final Button save = new Button("Save");

    private EventForm(EditViewModel vm, String rowId, Window owner) {
        this.vm = vm;
        this.rules = vm.rules();
        this.rowId = rowId;
        citation = new CitationEditor(rules.dataset().sources().stream()
                .sorted(Comparator.comparing(s -> s.outlet().toLowerCase(Locale.ROOT))).toList());
        date.setId("eventDateField");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        time.setId("eventTimeField");
        time.setPromptText("HH:MM, if known");
        type.setId("eventTypeField");
        type.setValue(EventType.CLASH);
        place.setId("eventPlaceField");
        place.setItems(FXCollections.observableArrayList(rules.dataset().localities().stream()
                .sorted(Comparator.comparing(l -> l.nameEn().toLowerCase(Locale.ROOT))).toList()));
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locality l) {
                return l == null ? "" : l.nameEn() + " (" + l.id() + ")";
            }

            @Override
            public Locality fromString(String s) {
                return null;
            }
        });
        place.setPromptText("a place, or coordinates below");
        lat.setId("eventLatField");
        lon.setId("eventLonField");
        lat.setPromptText("lat");
        lon.setPromptText("lon");
        actors.setId("actorsField");
        actors.setPromptText("faction codes, e.g. HTS, GOV");
        title.setId("eventTitleField");
        summary.setId("summaryField");
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        fatalities.setId("fatalitiesField");
        fatalities.setPromptText("only if a source gives a number");
        confidence.setId("eventConfidenceField");
        confidence.setValue(Confidence.MEDIUM);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Date"), new VBox(new HBox(8, date, time), dateProblem));
        grid.addRow(1, new Label("Type"), new HBox(8, type, new Label("Confidence"), confidence));
        grid.addRow(2, new Label("Place"), new VBox(place, new HBox(8, lat, lon), placeProblem));
        grid.addRow(3, new Label("Actors"), new VBox(actors, actorsProblem));
        grid.addRow(4, new Label("Title"), new VBox(title, titleProblem));
        grid.addRow(5, new Label("Summary"), summary);
        grid.addRow(6, new Label("Fatalities"), fatalities);
        Label sourceTitle = new Label("Source");
        sourceTitle.getStyleClass().add("form-section");
        save.setId("saveEventButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label message = new Label();
        message.getStyleClass().add(FieldProblem.STYLE_CLASS);
        message.textProperty().bind(vm.messageProperty());
        // The event on the left, its source on the right: every field in sight without scrolling.
        VBox source = new VBox(8, sourceTitle, citation, citationsProblem);
        HBox.setHgrow(source, javafx.scene.layout.Priority.ALWAYS);
        HBox content = new HBox(16, grid, source);
        content.getStyleClass().add("edit-form");
        content.setId("eventForm");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // Save and the reason it failed stay in sight below the scrolling fields.
        VBox bottom = new VBox(6, message, new HBox(8, save, cancel));
        bottom.getStyleClass().add("edit-form");
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(scroll, null, null, bottom, null), 1040, 600);
        scene.getStylesheets().add(EventForm.class.getResource("/org/sitmap/ui/edit/edit.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(rowId == null ? "Add an event" : RowKind.isUserId(rowId) ? "Edit your event " + rowId : "Correct built-in event " + rowId);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        InvalidationListener check = o -> check();
        for (var p : List.of(date.valueProperty(), type.valueProperty(), place.valueProperty(), confidence.valueProperty())) p.addListener(check);
        for (TextField f : List.of(time, lat, lon, actors, title, fatalities)) f.textProperty().addListener(check);
        date.getEditor().textProperty().addListener(o -> {
            try {
                date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // half-typed: the rules report the missing date
            }
        });
        citation.onChange(check);
    }

    /** A form for a new event on {@code day}, at {@code place} or {@code at} when given. */
    public static EventForm add(EditViewModel vm, LocalDate day, Locality at, GeoPoint point, Window owner) {
        EventForm f = new EventForm(vm, null, owner);
        f.date.setValue(day);
        if (at != null) f.place.setValue(f.place.getItems().stream().filter(l -> l.id().equals(at.id())).findFirst().orElse(null));
        else if (point != null) {
            f.lat.setText(String.format(Locale.ROOT, "%.5f", point.lat()));
            f.lon.setText(String.format(Locale.ROOT, "%.5f", point.lon()));
        }
        f.check();
        return f;
    }

    /** A form that edits the user's event or corrects a built-in one, starting from its values. */
    public static EventForm revise(EditViewModel vm, Event e, Window owner) {
        EventForm f = new EventForm(vm, e.id(), owner);
        f.date.setValue(e.when().date());
        if (e.when().time() != null) f.time.setText(e.when().time().toString());
        f.type.setValue(e.type());
        if (e.localityId() != null) f.place.setValue(f.place.getItems().stream().filter(l -> l.id().equals(e.localityId())).findFirst().orElse(null));
        if (e.point() != null) {
            f.lat.setText(String.valueOf(e.point().lat()));
            f.lon.setText(String.valueOf(e.point().lon()));
        }
        f.actors.setText(String.join(", ", e.actors()));
        f.title.setText(e.title());
        f.summary.setText(e.summary());
        if (e.fatalities() != null) f.fatalities.setText(String.valueOf(e.fatalities()));
        f.confidence.setValue(e.confidence());
        if (!e.citations().isEmpty()) {
            f.citation.cite(e.citations().get(0).sourceId(), e.citations().get(0).excerpt());
            f.furtherCitations.addAll(e.citations().subList(1, e.citations().size()));
        }
        f.check();
        return f;
    }

    public void show() {
        stage.show();
    }

    private EventDraft draft() {
        LocalTime t = null;
        if (!time.getText().isBlank()) {
            try {
                t = LocalTime.parse(time.getText().strip());
            } catch (DateTimeParseException e) {
                t = null;
            }
        }
        GeoPoint point = null;
        if (place.getValue() == null && !lat.getText().isBlank() && !lon.getText().isBlank()) {
            try {
                point = new GeoPoint(Double.parseDouble(lat.getText().strip()), Double.parseDouble(lon.getText().strip()));
            } catch (IllegalArgumentException e) {
                point = new GeoPoint(90, 180); // unparseable: reported as outside the region
            }
        }
        List<String> codes = Arrays.stream(actors.getText().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        Integer dead = null;
        if (!fatalities.getText().isBlank()) {
            try {
                dead = Integer.parseInt(fatalities.getText().strip());
            } catch (NumberFormatException e) {
                dead = -1;
            }
        }
        List<CitationDraft> cites = new ArrayList<>();
        cites.add(citation.draft());
        furtherCitations.forEach(c -> cites.add(CitationDraft.existing(c.sourceId(), c.excerpt())));
        return new EventDraft(date.getValue(), t, null, type.getValue(), place.getValue() == null ? null : place.getValue().id(),
                point, codes, title.getText(), summary.getText(), dead, confidence.getValue(), cites, false);
    }

    private void check() {
        List<EditProblem> problems = new ArrayList<>(rules.checkEvent(draft()));
        dateProblem.say(first(problems, Field.DATE));
        placeProblem.say(first(problems, Field.PLACE) != null ? first(problems, Field.PLACE) : first(problems, Field.POSITION));
        actorsProblem.say(first(problems, Field.ACTORS));
        titleProblem.say(first(problems, Field.EVENT_TITLE));
        citationsProblem.say(first(problems, Field.CITATIONS));
        citation.show(problems, 0);
        save.setDisable(!problems.isEmpty());
    }

    private static String first(List<EditProblem> problems, Field f) {
        return problems.stream().filter(p -> p.citation() < 0 && p.field() == f).map(EditProblem::message).findFirst().orElse(null);
    }

    private void save() {
        EventDraft d = draft();
        if (!rules.checkEvent(d).isEmpty()) return;
        save.setDisable(true);
        if (rowId == null) vm.addEvent(d, id -> stage.close());
        else vm.editEvent(rowId, d, id -> stage.close());
    }
}
