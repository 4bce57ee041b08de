package org.sitmap.ui;

import org.sitmap.ui.common.UiFonts;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes (AtlantaFX Primer) plus the app's own stylesheet. */
public enum Theme {
    LIGHT, DARK;

    static final String APP_CSS = "/org/sitmap/ui/sitmap.css";

    /** Applies the theme to the whole application and marks the scene root for theme-specific rules. */
    public void apply(Scene scene) {
        UiFonts.register();
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        var root = scene.getRoot();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) scene.getStylesheets().add(css);
    }

    static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
