package org.sitmap.ui.edit;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitmap.domain.Source;
import org.sitmap.edit.CitationDraft;
import org.sitmap.edit.EditProblem;

/**
 * One citation of an edit form: a stored source found by outlet, title or URL, or a new source; and the quoted
 * excerpt. Shows each problem the rules report beside its field.
 */
final class CitationEditor extends VBox {
    private final RadioButton existing = new RadioButton("A stored source");
    private final RadioButton fresh = new RadioButton("A new source");
    private final TextField search = new TextField();
    private final ListView<Source> sources = new ListView<>();
    private final FilteredList<Source> filtered;
    private final TextField outlet = new TextField();
    private final TextField title = new TextField();
    private final CheckBox noTitle = new CheckBox("no title shown");
    private final TextField published = new TextField();
    private final TextField url = new TextField();
    private final TextArea excerpt = new TextArea();
    private final FieldProblem sourceProblem = new FieldProblem("sourceProblem");
    private final FieldProblem outletProblem = new FieldProblem("outletProblem");
    private final FieldProblem titleProblem = new FieldProblem("titleProblem");
    private final FieldProblem publishedProblem = new FieldProblem("publishedProblem");
    private final FieldProblem urlProblem = new FieldProblem("urlProblem");
    private final FieldProblem excerptProblem = new FieldProblem("excerptProblem");

    CitationEditor(List<Source> stored) {
        setSpacing(6);
        ToggleGroup kind = new ToggleGroup();
        existing.setToggleGroup(kind);
        fresh.setToggleGroup(kind);
        existing.setId("existingSourceRadio");
        fresh.setId("newSourceRadio");
        fresh.setSelected(true);

        filtered = new FilteredList<>(FXCollections.observableArrayList(stored));
        search.setId("sourceSearch");
        search.setPromptText("search outlet, title or URL");
        search.textProperty().addListener((o, a, q) -> {
            String query = q.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(s -> query.isEmpty() || (s.outlet() + " " + s.title() + " " + s.url()).toLowerCase(Locale.ROOT).contains(query));
        });
        sources.setId("sourceList");
        sources.setItems(filtered);
        sources.setPrefHeight(120);
        sources.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Source s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.id() + " · " + s.outlet() + " · " + (s.title().isEmpty() ? "(no title)" : s.title())
                        + " · " + s.published());
            }
        });
        VBox existingPane = new VBox(4, search, sources, sourceProblem);
        existingPane.visibleProperty().bind(existing.selectedProperty());
        existingPane.managedProperty().bind(existingPane.visibleProperty());

        outlet.setId("outletField");
        title.setId("titleField");
        noTitle.setId("noTitleBox");
        title.disableProperty().bind(noTitle.selectedProperty());
        published.setId("publishedField");
        published.setPromptText("YYYY-MM-DD");
        url.setId("urlField");
        url.setPromptText("https://… exactly as your browser shows it");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("Outlet"), new VBox(outlet, outletProblem));
        grid.addRow(1, new Label("Title"), new VBox(new HBox(8, title, noTitle), titleProblem));
        grid.addRow(2, new Label("Published"), new VBox(published, publishedProblem));
        grid.addRow(3, new Label("URL"), new VBox(url, urlProblem));
        grid.visibleProperty().bind(fresh.selectedProperty());
        grid.managedProperty().bind(grid.visibleProperty());

        excerpt.setId("excerptField");
        excerpt.setPromptText("the words of the report that support this, quoted exactly");
        excerpt.setPrefRowCount(2);
        excerpt.setWrapText(true);
        getChildren().addAll(new HBox(12, fresh, existing), grid, existingPane, new Label("Excerpt"), excerpt, excerptProblem);
    }

    /** Calls {@code l} whenever the user changes anything in this citation. */
    void onChange(InvalidationListener l) {
        for (var p : List.of(search.textProperty(), outlet.textProperty(), title.textProperty(), published.textProperty(),
                url.textProperty(), excerpt.textProperty())) p.addListener(l);
        noTitle.selectedProperty().addListener(l);
        existing.selectedProperty().addListener(l);
        sources.getSelectionModel().selectedItemProperty().addListener(l);
    }

    CitationDraft draft() {
        if (existing.isSelected()) {
            Source s = sources.getSelectionModel().getSelectedItem();
            return CitationDraft.existing(s == null ? "" : s.id(), excerpt.getText());
        }
        return new CitationDraft("", outlet.getText(), noTitle.isSelected() ? "" : title.getText(), noTitle.isSelected(),
                published.getText(), url.getText(), "", excerpt.getText());
    }

    /** Starts from a stored citation (when correcting or editing a row). */
    void cite(String sourceId, String quote) {
        existing.setSelected(true);
        filtered.getSource().stream().filter(s -> s.id().equals(sourceId)).findFirst().ifPresent(s -> sources.getSelectionModel().select(s));
        excerpt.setText(quote);
    }

    /** Shows the problems of citation {@code index}, clearing the others. */
    void show(List<EditProblem> problems, int index) {
        sourceProblem.say(find(problems, index, EditProblem.Field.SOURCE, "choose a source from the list"));
        if (existing.isSelected() && draft().sourceId().isEmpty()) sourceProblem.say("choose a source from the list");
        outletProblem.say(find(problems, index, EditProblem.Field.OUTLET, null));
        titleProblem.say(find(problems, index, EditProblem.Field.TITLE, null));
        publishedProblem.say(find(problems, index, EditProblem.Field.PUBLISHED, null));
        urlProblem.say(find(problems, index, EditProblem.Field.URL, null));
        excerptProblem.say(find(problems, index, EditProblem.Field.EXCERPT, null));
    }

    private static String find(List<EditProblem> problems, int index, EditProblem.Field field, String fallback) {
        return problems.stream().filter(p -> p.citation() == index && p.field() == field).map(EditProblem::message)
                .findFirst().orElse(null);
    }
}
