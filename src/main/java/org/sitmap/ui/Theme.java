package org.sitmap.ui;

import org.sitmap.ui.common.UiFonts;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes (AtlantaFX Primer) plus the app's own stylesheet. */
public enum Theme {
    LIGHT, DARK;

    static final String APP_CSS = "/org/sitmap/ui/sitmap.css";

    /**
     * Makes this theme the application's user-agent stylesheet and registers the UI fonts. Called before the first
     * control is made, JavaFX never reads its default (Modena) stylesheet, which the theme would replace at once.
     */
    public void useForApplication() {
        UiFonts.register();
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }

    /** Applies the theme to the whole application and marks the scene root for theme-specific rules. */
    public void apply(Scene scene) {
        useForApplication();
        var root = scene.getRoot();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) scene.getStylesheets().add(css);
    }

    /**
     * The theme's stylesheet in JavaFX's binary form, written by the build ({@link BinaryStylesheets}); AtlantaFX's
     * own CSS when the build step did not run (an IDE's compile, say): the same rules, parsed at start-up.
     */
    String userAgentStylesheet() {
        URL binary = Theme.class.getResource(BinaryStylesheets.THEMES + binaryName());
        return binary != null ? binary.toExternalForm() : Theme.class.getResource(sourceStylesheet()).toExternalForm();
    }

    /** AtlantaFX's stylesheet of this theme, as a class-path resource. */
    String sourceStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    String binaryName() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".bss";
    }

    static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
