package org.sitmap.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The fonts the whole UI is set in: "Sitmap UI Sans", Noto Sans merged with Noto Sans Arabic (both full, SIL OFL 1.1,
 * built by {@code tools/build-ui-fonts.py}), in regular, bold and italic. JavaFX falls back only to system fonts, never
 * to another font the app loaded, so Latin and Arabic live in one family: every label renders the same on every
 * machine, with or without an Arabic system font. The stylesheet names the family; {@link #register()} must run first.
 */
public final class UiFonts {
    /** The family name the stylesheet and canvas-drawn labels use. */
    public static final String FAMILY = "Sitmap UI Sans";
    private static final String[] FILES = {"SitmapUISans-Regular.ttf", "SitmapUISans-Bold.ttf", "SitmapUISans-Italic.ttf"};
    private static boolean registered;

    private UiFonts() {
    }

    /** Registers the fonts with JavaFX once; later calls do nothing. FX thread (or before the toolkit shows anything). */
    public static synchronized void register() {
        if (registered) return;
        for (String file : FILES) {
            try (InputStream in = UiFonts.class.getResourceAsStream("/org/sitmap/ui/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 12) == null) throw new IllegalStateException("UI font unreadable: " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registered = true;
    }

    /** The UI font at {@code size} points, for text drawn on a canvas. */
    public static Font regular(double size) {
        register();
        return Font.font(FAMILY, size);
    }
}
