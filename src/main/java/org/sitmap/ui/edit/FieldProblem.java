package org.sitmap.ui.edit;

import javafx.scene.control.Label;

/** The label beside a form field that says what is wrong with it; takes no room while there is nothing to say. */
final class FieldProblem extends Label {
    static final String STYLE_CLASS = "field-problem";

    FieldProblem(String id) {
        setId(id);
        getStyleClass().add(STYLE_CLASS);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(textProperty().isNotEmpty());
    }

    void say(String message) {
        setText(message == null ? "" : message);
    }
}
