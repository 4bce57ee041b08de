package org.sitmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.css.Stylesheet;

/**
 * Build step ({@code pom.xml}, phase {@code process-classes}): writes JavaFX's binary form ({@code .bss}) of the
 * stylesheets the window loads at start-up. Parsing AtlantaFX's 170 kB theme took about half a second of the cold
 * start on the reference machine (issue 18); reading its binary form takes a fraction of that. JavaFX itself prefers a
 * {@code .bss} lying beside a requested {@code .css} (StyleManager, unless {@code -Dbinary.css=false}), so the app's
 * own stylesheets only need the file beside them; the themes, inside AtlantaFX's jar, are loaded from our copy
 * ({@link Theme#userAgentStylesheet()}).
 */
public final class BinaryStylesheets {
    /** Where the converted themes are, as class-path resources: {@code <dir>/<name>.bss}. */
    static final String THEMES = "/org/sitmap/ui/theme/";

    private BinaryStylesheets() {
    }

    /** {@code args[0]}: the classes directory to write into. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        for (Theme t : Theme.values()) {
            convert(Theme.class.getResource(t.sourceStylesheet()), classes.resolve(THEMES.substring(1) + t.binaryName()));
        }
        for (String css : new String[] {Theme.APP_CSS, "/org/sitmap/ui/edit/edit.css"}) {
            Path source = classes.resolve(css.substring(1));
            convert(source.toUri().toURL(), source.resolveSibling(source.getFileName().toString().replace(".css", ".bss")));
        }
    }

    private static void convert(URL css, Path bss) throws IOException {
        if (css == null) throw new IOException("stylesheet not on the class path: " + bss.getFileName());
        Path source = Files.createTempFile("sitmap-theme", ".css");
        try (InputStream in = css.openStream()) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(bss.getParent());
            Stylesheet.convertToBinary(source.toFile(), bss.toFile());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(source);
        }
    }
}
